import { describe, expect, it } from 'vitest'
import { mailCategory } from '../../../src/core/codelists'
import { deliveryBillForm, deliveryBillInfo } from '../../../src/station/documents'

describe('delivery bill form by mail category', () => {
  it('is CN 38 for airmail, CN 41 for S.A.L., CN 37 for surface', () => {
    expect(['A', 'B', 'C'].map(deliveryBillForm)).toEqual(['CN 38', 'CN 41', 'CN 37'])
  })

  it('agrees with the mail-category code list where the list settles it', () => {
    for (const category of ['A', 'B', 'C']) {
      expect(deliveryBillForm(category)).toBe(mailCategory(category)?.deliveryBill)
    }
  })

  it('gives CN 37 for priority by surface (D) but marks it unconfirmed', () => {
    expect(deliveryBillForm('D')).toBe('CN 37')
    expect(deliveryBillInfo('D')).toMatchObject({
      confirmed: false,
      note: expect.stringContaining('UNCONFIRMED'),
    })
    expect(deliveryBillInfo('A').confirmed).toBe(true)
  })

  it('refuses a category outside A–D', () => {
    expect(() => deliveryBillForm('E')).toThrow(RangeError)
    expect(() => deliveryBillForm('a')).toThrow(/A–D/)
  })
})
