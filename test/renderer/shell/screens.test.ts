import { describe, expect, it } from 'vitest'
import {
  isPlanned,
  SCREENS,
  screenForKeyCode,
  screenFromHash,
  shortcutNumber,
} from '../../../src/renderer/shell/screens'

describe('screens', () => {
  it('numbers the first nine screens in navigation order; the tenth, Settings, has no digit', () => {
    expect(SCREENS).toHaveLength(10)
    expect(shortcutNumber('identify')).toBe(1)
    expect(shortcutNumber('dispatch')).toBe(3)
    expect(shortcutNumber('labels')).toBe(7)
    expect(shortcutNumber('messages')).toBe(8)
    expect(shortcutNumber('devices')).toBe(9)
    expect(shortcutNumber('settings')).toBeNull()
  })

  it('opens the screen whose number was pressed, on the top row or the keypad', () => {
    expect(screenForKeyCode('Digit1')).toBe('identify')
    expect(screenForKeyCode('Numpad9')).toBe('devices')
    expect(screenForKeyCode('Digit0')).toBeUndefined()
    expect(screenForKeyCode('KeyA')).toBeUndefined()
    for (const screen of SCREENS.slice(0, 9))
      expect(screenForKeyCode(`Digit${shortcutNumber(screen)}`)).toBe(screen)
    expect(SCREENS.filter((screen) => shortcutNumber(screen) === null)).toEqual(['settings'])
  })

  it('reads the screen from the address, ignoring anything else', () => {
    expect(screenFromHash('#/settings')).toBe('settings')
    expect(screenFromHash('#customs')).toBe('customs')
    expect(screenFromHash('#/nowhere')).toBeUndefined()
    expect(screenFromHash('')).toBeUndefined()
  })

  it('has Identify, Bagging, Dispatch, Customs, Labels, EDI messages, Devices and Settings working in this version', () => {
    expect(SCREENS.filter((screen) => !isPlanned(screen))).toEqual([
      'identify',
      'bagging',
      'dispatch',
      'customs',
      'labels',
      'messages',
      'devices',
      'settings',
    ])
  })
})
