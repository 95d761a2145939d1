// The screens of the app in navigation order; the position is also the Alt+digit shortcut, so the
// number shown on each nav item and the key that opens it cannot disagree. Only the first nine have a
// digit (Alt+1…Alt+9); a screen after them is reached from the navigation.
import type { MessageKey } from '../i18n/en'

export const SCREENS = [
  'identify',
  'bagging',
  'dispatch',
  'inbound',
  'customs',
  'history',
  'labels',
  'messages',
  'devices',
  'settings',
] as const
export type ScreenId = (typeof SCREENS)[number]

const BUILT = [
  'identify',
  'bagging',
  'dispatch',
  'customs',
  'labels',
  'messages',
  'devices',
  'settings',
] as const

/** Screens that exist in name only in this version: each says what it will do, nothing more. */
export type PlannedScreenId = Exclude<ScreenId, (typeof BUILT)[number]>

export function isPlanned(screen: ScreenId): screen is PlannedScreenId {
  return !(BUILT as readonly ScreenId[]).includes(screen)
}

export function screenTitle(screen: ScreenId): MessageKey {
  return `screen.${screen}`
}

/** How many screens have an Alt+digit shortcut: the digits 1 to 9. */
export const MAX_SHORTCUTS = 9

/** The digit that opens the screen with Alt, or null for a screen past the ninth. */
export function shortcutNumber(screen: ScreenId): number | null {
  const position = SCREENS.indexOf(screen) + 1
  return position <= MAX_SHORTCUTS ? position : null
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
