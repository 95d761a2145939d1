import { describe, expect, it } from 'vitest'
import { isImpc, normalizeImpc } from '../../../src/renderer/codes/impc'

describe('IMPC codes as typed', () => {
  it('forgives case and spaces', () => {
    expect(normalizeImpc(' dz alg d ')).toBe('DZALGD')
    expect(isImpc(normalizeImpc('dzalgd'))).toBe(true)
  })

  it('takes six letters only', () => {
    for (const code of ['DZALG', 'DZALGDA', 'DZ4LGD', 'DZALG-', '']) expect(isImpc(code), code).toBe(false)
  })
})
