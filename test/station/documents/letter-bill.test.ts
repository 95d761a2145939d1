import { describe, expect, it } from 'vitest'
import { groupS9, groupS10 } from '../../../src/core/labels'
import { renderLetterBill } from '../../../src/station/documents'
import { dispatchData } from './dispatch'
import { allText, contentStreams, pageCount, pageTexts, textRuns } from './pdf'

describe('CN 31 letter bill', () => {
  it('is a one-page PDF carrying the form, the dispatch, the offices and the totals', async () => {
    const data = dispatchData({ receptacles: 3, items: 240, registeredItems: 4 })
    const pdf = await renderLetterBill(data)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.subarray(-6).toString()).toContain('%%EOF')
    expect(pageCount(pdf)).toBe(1)
    const text = allText(pdf)
    for (const expected of [
      'CN 31',
      'Letter bill — Exchange of mails',
      'FRCDGADZALGDAUN50553',
      'No. 0553 / 2025',
      'FRCDGA',
      'Roissy courrier international',
      'DZALGD',
      'Alger RP',
      'A — Priority mail or airmail',
      'UN — Letter post, ordinary (mixed)',
      '2025-03-14 18:05 UTC+01:00',
      'Air Algérie',
      'AH1007',
      '2025-03-14 21:40 UTC+01:00',
      groupS9(data.receptacles[2]!.id),
      'Page 1 of 1',
    ]) {
      expect(text).toContain(expected)
    }
    // Totals: 1 registered receptacle of 7.7 kg, 2 ordinary (11.4 + 15.1), 240 items of which 24 EMS.
    expect(text).toMatch(/Registered \(R\)\n1\n7\.7/)
    expect(text).toMatch(/Ordinary\n2\n26\.5/)
    expect(text).toMatch(/Total\n3\n34\.2/)
    expect(text).toMatch(/U — Letter post\n216/)
    expect(text).toMatch(/E — EMS\n24/)
    expect(text).toMatch(/Total\n240/)
    expect(text).toContain('Last')
    for (const id of data.registeredItems) expect(text).toContain(groupS10(id))
    expect(text).toContain('Dispatching office of exchange')
    expect(text).toContain('Receiving office of exchange')
  })

  it('says so when the transport is unknown and the dispatch holds no registered items', async () => {
    const data = { ...dispatchData({ registeredItems: 0 }), transport: [] }
    const text = allText(await renderLetterBill(data))
    expect(text).toContain('Not known at closing')
    expect(text).toContain('No registered or insured items in this dispatch.')
    expect(text).not.toContain('Special list')
  })

  it('paginates 100 receptacles and 2 000 registered items with repeated headers and page N of M', async () => {
    const data = dispatchData({ receptacles: 100, items: 20_000, registeredItems: 2_000 })
    const pdf = await renderLetterBill(data)
    const pages = pageTexts(pdf)
    const total = pageCount(pdf)
    expect(pages).toHaveLength(total)
    // 3 pages of receptacles, then 305 ids a page: a handful of pages, not one line per item.
    expect(total).toBeGreaterThanOrEqual(8)
    expect(total).toBeLessThanOrEqual(11)
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${total}`)
      expect(page).toContain('FRCDGADZALGDAUN50553')
    })
    const withReceptacles = pages.filter((p) => p.includes(groupS9(data.receptacles[0]!.id).slice(0, 20)))
    expect(withReceptacles.length).toBeGreaterThan(1)
    for (const page of withReceptacles) expect(page).toContain('Receptacle identifier (S9)')
    const text = pages.join('\n')
    for (const r of data.receptacles) expect(text).toContain(groupS9(r.id))
    expect(text).toContain('Receptacles (continued)')
    expect(text).toMatch(/Total\n100\n/)
    expect(text).toMatch(/Total\n20 000/)
    expect(text).toContain('Registered and insured items: 2 000')
    expect(text).toContain('Special list — Registered and insured items (CN 33) (continued)')
    for (const id of data.registeredItems) expect(text.split(groupS10(id))).toHaveLength(2)
  })

  it('gives the same bytes for the same dispatch, dated by its closing', async () => {
    const data = dispatchData({ receptacles: 12, registeredItems: 30 })
    const [a, b] = await Promise.all([renderLetterBill(data), renderLetterBill(structuredClone(data))])
    expect(a.equals(b)).toBe(true)
    const raw = a.toString('latin1')
    // CreationDate and ModDate: 18:05 at UTC+01:00, whatever the clock says.
    expect(raw.split('(D:20250314170500Z)')).toHaveLength(3)
    expect(raw).toMatch(/\/CreationDate \d+ 0 R/)
    const later = await renderLetterBill({ ...data, closedAt: '2025-03-14T18:06:00+01:00' })
    expect(later.equals(a)).toBe(false)
  })

  it('draws names in any script without crashing, in characters Helvetica has', async () => {
    const data = dispatchData()
    data.origin = { code: 'RUMOWA', name: 'Москва-Внуково (Moscow) 📦' }
    data.destination = { code: 'CNPEKA', name: '北京国际邮件处理中心' }
    data.transport = [{ carrier: 'Аэрофлот', number: 'SU204', from: 'SVO', to: 'PEK', departure: 'soon' }]
    const pdf = await renderLetterBill(data, { compress: false })
    const text = allText(pdf)
    expect(text).toContain('Moskva-Vnukovo (Moscow) ?')
    expect(text).toContain('??????????')
    expect(text).toContain('Aeroflot')
    // One byte per character in every text run: nothing pdfkit could not encode.
    for (const stream of contentStreams(pdf)) {
      for (const run of textRuns(stream)) for (const hex of run) expect(hex.length % 2).toBe(0)
    }
  })

  it('marks an office missing from the IMPC list instead of leaving a blank', async () => {
    const data = dispatchData()
    data.destination = { code: 'DZAAED', name: null }
    expect(allText(await renderLetterBill(data))).toContain('Name not in the IMPC code list')
  })

  it('refuses a closing time without a UTC offset', async () => {
    await expect(renderLetterBill({ ...dispatchData(), closedAt: '2025-03-14T18:05:00' })).rejects.toThrow(
      RangeError,
    )
  })
})
