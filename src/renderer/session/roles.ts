// What each role may do on the bagging screen. The engine decides and refuses; the screen only says in
// advance what will be refused, so nobody presses Ctrl+Z and wonders why nothing happened.
import type { Role } from '../../api/bagging'
import type { MessageKey } from '../i18n/en'

const MAY_UNDO: readonly Role[] = ['supervisor', 'admin']

export function mayUndo(role: Role): boolean {
  return MAY_UNDO.includes(role)
}

export function roleKey(role: Role): MessageKey {
  return `role.${role}`
}
