// The bagging keys. Function keys because a scanner never types them, so a scan can never trigger an
// action by accident; the same labels are printed on the buttons, so the key and its action cannot drift.
export type BaggingAction = 'open' | 'close' | 'closeLast' | 'undo'

export const SHORTCUTS: Record<BaggingAction, string> = {
  open: 'F6',
  close: 'F8',
  closeLast: 'F9',
  undo: 'Ctrl+Z',
}

interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

export function actionForKey(event: KeyPress): BaggingAction | null {
  const modified = event.ctrlKey || event.metaKey || event.altKey || event.shiftKey
  if (!modified) {
    if (event.key === 'F6') return 'open'
    if (event.key === 'F8') return 'close'
    if (event.key === 'F9') return 'closeLast'
    return null
  }
  // By the letter, not the key position: on an AZERTY keyboard the Z is where QWERTY has its W.
  const commandKey = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
  return commandKey && event.key.toLowerCase() === 'z' ? 'undo' : null
}

/** Prints the last closed receptacle's label again (after asking): a function key no other action takes. */
export const REPRINT_SHORTCUT = 'F10'

export function isReprintKey(event: KeyPress): boolean {
  const modified = event.ctrlKey || event.metaKey || event.altKey || event.shiftKey
  return !modified && event.key === REPRINT_SHORTCUT
}
