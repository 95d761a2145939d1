// The customs keys: function keys, because a scanner never types them, so a scan can never decide by
// accident. The same labels are printed on the buttons, so the key and its action cannot drift.
import type { CustomsDecisionKind } from '../../api/customs'

export type CustomsAction = CustomsDecisionKind | 'payment'

export const CUSTOMS_SHORTCUTS: Record<CustomsAction, string> = {
  hold: 'F6',
  release: 'F7',
  return: 'F8',
  seize: 'F9',
  payment: 'F10',
}

interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

export function customsActionForKey(event: KeyPress): CustomsAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return null
  const found = (Object.keys(CUSTOMS_SHORTCUTS) as CustomsAction[]).find(
    (action) => CUSTOMS_SHORTCUTS[action] === event.key,
  )
  return found ?? null
}
