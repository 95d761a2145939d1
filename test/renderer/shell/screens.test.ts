import { describe, expect, it } from 'vitest'
import {
  isPlanned,
  SCREENS,
  screenForKeyCode,
  screenFromHash,
  shortcutNumber,
} from '../../../src/renderer/shell/screens'

describe('screens', () => {
  it('numbers the nine screens in navigation order, Identify first and Settings last', () => {
    expect(SCREENS).toHaveLength(9)
    expect(shortcutNumber('identify')).toBe(1)
    expect(shortcutNumber('labels')).toBe(7)
    expect(shortcutNumber('devices')).toBe(8)
    expect(shortcutNumber('settings')).toBe(9)
  })

  it('opens the screen whose number was pressed, on the top row or the keypad', () => {
    expect(screenForKeyCode('Digit1')).toBe('identify')
    expect(screenForKeyCode('Numpad9')).toBe('settings')
    expect(screenForKeyCode('Digit0')).toBeUndefined()
    expect(screenForKeyCode('KeyA')).toBeUndefined()
    for (const screen of SCREENS) expect(screenForKeyCode(`Digit${shortcutNumber(screen)}`)).toBe(screen)
  })

  it('reads the screen from the address, ignoring anything else', () => {
    expect(screenFromHash('#/settings')).toBe('settings')
    expect(screenFromHash('#customs')).toBe('customs')
    expect(screenFromHash('#/nowhere')).toBeUndefined()
    expect(screenFromHash('')).toBeUndefined()
  })

  it('has Identify, Bagging, Labels, Devices and Settings working in this version', () => {
    expect(SCREENS.filter((screen) => !isPlanned(screen))).toEqual([
      'identify',
      'bagging',
      'labels',
      'devices',
      'settings',
    ])
  })
})
