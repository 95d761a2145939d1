// The screens of the app in navigation order; the position is also the Alt+digit shortcut, so the
// number shown on each nav item and the key that opens it cannot disagree.
import type { MessageKey } from '../i18n/en'

export const SCREENS = [
  'identify',
  'bagging',
  'dispatch',
  'inbound',
  'customs',
  'history',
  'labels',
  'devices',
  'settings',
] as const
export type ScreenId = (typeof SCREENS)[number]

const BUILT = ['identify', 'bagging', 'labels', 'devices', 'settings'] as const

/** Screens that exist in name only in this version: each says what it will do, nothing more. */
export type PlannedScreenId = Exclude<ScreenId, (typeof BUILT)[number]>

export function isPlanned(screen: ScreenId): screen is PlannedScreenId {
  return !(BUILT as readonly ScreenId[]).includes(screen)
}

export function screenTitle(screen: ScreenId): MessageKey {
  return `screen.${screen}`
}

export function shortcutNumber(screen: ScreenId): number {
  return SCREENS.indexOf(screen) + 1
}

/** The screen Alt+`key` opens, for `key` as KeyboardEvent.code (Digit1 or Numpad1, layout-independent). */
export function screenForKeyCode(code: string): ScreenId | undefined {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(code)
  return match ? SCREENS[Number(match[1]) - 1] : undefined
}

export function screenFromHash(hash: string): ScreenId | undefined {
  const name = hash.replace(/^#\/?/, '')
  return (SCREENS as readonly string[]).includes(name) ? (name as ScreenId) : undefined
}
