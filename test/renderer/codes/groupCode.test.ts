import { describe, expect, it } from 'vitest'
import { groupCode } from '../../../src/renderer/codes/groupCode'

describe('groupCode', () => {
  it('groups an S10 item identifier as printed under its barcode', () => {
    expect(groupCode('RB123456785GB')).toBe('RB 123 456 785 GB')
  })

  it('groups an S8 dispatch identifier by its fields', () => {
    expect(groupCode('AEDXBADZAAEDACN45001')).toBe('AEDXBA DZAAED A CN 4 5001')
  })

  it('groups an S9 receptacle identifier by its fields', () => {
    expect(groupCode('FRCDGADZALGDAUN40553006010061')).toBe('FRCDGA DZALGD A UN 4 0553 006 0 1 0061')
  })

  it('leaves other lengths alone', () => {
    expect(groupCode('FRCDGA')).toBe('FRCDGA')
    expect(groupCode('HELLO')).toBe('HELLO')
    expect(groupCode('')).toBe('')
  })

  it('counts characters, not UTF-16 units', () => {
    expect(groupCode('RB12345678𝟓GB')).toBe('RB 123 456 78𝟓 GB')
  })
})
