import { describe, expect, it } from 'vitest'
import { actionForKey, SHORTCUTS } from '../../../src/renderer/bagging/shortcuts'

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => actionForKey({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods })

describe('bagging shortcuts', () => {
  it('opens with F6, closes with F8, closes as last with F9 and undoes with Ctrl+Z', () => {
    expect(press('F6')).toBe('open')
    expect(press('F8')).toBe('close')
    expect(press('F9')).toBe('closeLast')
    expect(press('z', { ctrlKey: true })).toBe('undo')
    expect(press('Z', { ctrlKey: true })).toBe('undo')
    expect(press('z', { metaKey: true })).toBe('undo')
  })

  it('ignores what a scanner types and the keys of other commands', () => {
    for (const key of ['z', 'Z', 'R', '5', 'Enter', 'F2', 'Escape']) expect(press(key), key).toBeNull()
    expect(press('z', { ctrlKey: true, shiftKey: true })).toBeNull()
    expect(press('F6', { altKey: true })).toBeNull()
    expect(press('F8', { ctrlKey: true })).toBeNull()
  })

  it('prints on the buttons the keys it listens to', () => {
    expect(SHORTCUTS).toEqual({ open: 'F6', close: 'F8', closeLast: 'F9', undo: 'Ctrl+Z' })
  })
})
