import { describe, expect, it } from 'vitest'
import { groupS9, groupS10 } from '../../../src/core/labels'
import { renderDeliveryBill } from '../../../src/station/documents'
import { dispatchData } from './dispatch'
import { allText, pageCount, pageTexts } from './pdf'

describe('delivery bill', () => {
  it.each([
    ['A', 'CN 38', 'Delivery bill — Airmails'],
    ['B', 'CN 41', 'Delivery bill — S.A.L. mails'],
    ['C', 'CN 37', 'Delivery bill — Surface mails'],
  ])('for category %s is %s', async (category, form, title) => {
    const text = allText(await renderDeliveryBill(dispatchData({ category })))
    expect(text).toContain(form)
    expect(text).toContain(title)
    expect(text).not.toContain('UNCONFIRMED')
  })

  it('prints CN 37 for category D with the doubt stated on the form', async () => {
    const text = allText(await renderDeliveryBill(dispatchData({ category: 'D' })))
    expect(text).toContain('CN 37')
    expect(text).toContain('Form for category D UNCONFIRMED (CN 37 or CN 47)')
  })

  it('carries the dispatch, offices, transport, receptacles and the carrier signature box', async () => {
    const data = dispatchData({ receptacles: 3 })
    const pdf = await renderDeliveryBill(data)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pageCount(pdf)).toBe(1)
    const text = allText(pdf)
    for (const expected of [
      'FRCDGADZALGDAUN50553',
      'FRCDGA',
      'Roissy courrier international',
      'DZALGD',
      'Alger RP',
      'AH1007',
      'Observations',
      'Taken over by the carrier',
      'Page 1 of 1',
    ]) {
      expect(text).toContain(expected)
    }
    for (const r of data.receptacles) expect(text).toContain(groupS9(r.id))
    expect(text).toMatch(/Registered \(R\)\n1\n7\.7/)
    expect(text).toMatch(/Total\n3\n34\.2/)
  })

  it('keeps a 100-receptacle, 20 000-item dispatch to a few pages with no item listed', async () => {
    const data = dispatchData({ receptacles: 100, items: 20_000, registeredItems: 2_000 })
    const pdf = await renderDeliveryBill(data)
    const pages = pageTexts(pdf)
    expect(pageCount(pdf)).toBe(3)
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of 3`)
      expect(page).toContain('Receptacle identifier (S9)')
    })
    const text = pages.join('\n')
    expect(text).not.toContain(groupS10(data.registeredItems[0]!))
    expect(text).not.toMatch(/RR\d{9}FR/)
    expect(text).toMatch(/Registered \(R\)\n10\n/)
    expect(text).toMatch(/Ordinary\n90\n/)
    expect(text).toMatch(/Total\n100\n1 175\.0/)
  })

  it('gives the same bytes for the same dispatch', async () => {
    const data = dispatchData({ receptacles: 100 })
    const [a, b] = await Promise.all([renderDeliveryBill(data), renderDeliveryBill(structuredClone(data))])
    expect(a.equals(b)).toBe(true)
  })
})
