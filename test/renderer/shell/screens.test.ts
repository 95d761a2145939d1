import { describe, expect, it } from 'vitest'
import {
  isPlanned,
  SCREENS,
  screenForKeyCode,
  screenFromHash,
  shortcutNumber,
} from '../../../src/renderer/shell/screens'

describe('screens', () => {
  it('numbers the eight screens in navigation order, Identify first and Settings last', () => {
    expect(SCREENS).toHaveLength(8)
    expect(shortcutNumber('identify')).toBe(1)
    expect(shortcutNumber('settings')).toBe(8)
  })

  it('opens the screen whose number was pressed, on the top row or the keypad', () => {
    expect(screenForKeyCode('Digit1')).toBe('identify')
    expect(screenForKeyCode('Numpad8')).toBe('settings')
    expect(screenForKeyCode('Digit9')).toBeUndefined()
    expect(screenForKeyCode('KeyA')).toBeUndefined()
    for (const screen of SCREENS) expect(screenForKeyCode(`Digit${shortcutNumber(screen)}`)).toBe(screen)
  })

  it('reads the screen from the address, ignoring anything else', () => {
    expect(screenFromHash('#/settings')).toBe('settings')
    expect(screenFromHash('#customs')).toBe('customs')
    expect(screenFromHash('#/nowhere')).toBeUndefined()
    expect(screenFromHash('')).toBeUndefined()
  })

  it('has Identify, Bagging, Devices and Settings working in this version', () => {
    expect(SCREENS.filter((screen) => !isPlanned(screen))).toEqual([
      'identify',
      'bagging',
      'devices',
      'settings',
    ])
  })
})
