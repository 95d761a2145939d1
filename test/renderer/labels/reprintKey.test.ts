import { describe, expect, it } from 'vitest'
import {
  actionForKey,
  isReprintKey,
  REPRINT_SHORTCUT,
  SHORTCUTS,
} from '../../../src/renderer/bagging/shortcuts'

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('the reprint key of the Bagging screen', () => {
  it('is F10 alone, a key no other bagging action takes and no scanner types', () => {
    expect(REPRINT_SHORTCUT).toBe('F10')
    expect(Object.values(SHORTCUTS)).not.toContain(REPRINT_SHORTCUT)
    expect(isReprintKey(press('F10'))).toBe(true)
    expect(actionForKey(press('F10'))).toBeNull()
    for (const key of ['F6', 'F8', 'F9', 'F1', '0', 'Enter'])
      expect(isReprintKey(press(key)), key).toBe(false)
    expect(isReprintKey(press('F10', { shiftKey: true }))).toBe(false)
    expect(isReprintKey(press('F10', { ctrlKey: true }))).toBe(false)
  })
})
