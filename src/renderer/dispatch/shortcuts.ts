// The office-of-exchange keys: function keys, as on the Bagging screen, because a scanner never types
// them. Printed on the buttons they press, so the key and its action cannot drift.

export type DispatchAction = 'close' | 'consign'

export const DISPATCH_SHORTCUTS: Record<DispatchAction, string> = { close: 'F8', consign: 'F9' }

export type MessagesAction = 'import' | 'resend'

export const MESSAGES_SHORTCUTS: Record<MessagesAction, string> = { import: 'F6', resend: 'F8' }

interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

function unmodified(event: KeyPress): boolean {
  return !(event.ctrlKey || event.metaKey || event.altKey || event.shiftKey)
}

export function dispatchActionForKey(event: KeyPress): DispatchAction | null {
  if (!unmodified(event)) return null
  if (event.key === DISPATCH_SHORTCUTS.close) return 'close'
  if (event.key === DISPATCH_SHORTCUTS.consign) return 'consign'
  return null
}

export function messagesActionForKey(event: KeyPress): MessagesAction | null {
  if (!unmodified(event)) return null
  if (event.key === MESSAGES_SHORTCUTS.import) return 'import'
  if (event.key === MESSAGES_SHORTCUTS.resend) return 'resend'
  return null
}
