// A large ITMATT XML file is read by two threads, each its half (import.ts planParts, read.ts). Whatever
// the file holds, the outcome must be exactly what reading it in one part gives: the same rows, the same
// report, the same refusal at the same line, column or byte. A boundary that is not between two items
// (inside a comment) is found out and the file is read again in one part.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { planParts } from '../../../src/station/advance/import'
import type { StationEngine } from '../../../src/station/station'
import { newStation, sqlite } from '../fixtures'
import { advanceRows, itmattXml, manyItems, NOTHING, parcelId, writeItmatt, xmlItem } from './fixtures'

const TWO = { itmattTwoPartsFromBytes: 1 }
const ONE = { itmattTwoPartsFromBytes: Number.MAX_SAFE_INTEGER }

/** What the station holds of its advance data, in an order independent of which thread wrote what. */
function contents(station: StationEngine): unknown {
  const db = sqlite(station)
  const items = db
    .prepare(
      `SELECT x.item_id, x.category, x.total_value, x.sender_name, x.addressee_address, x.status, x.reason,
              x.findings, b.state FROM advance_item x JOIN advance_batch b ON b.id = x.batch ORDER BY x.item_id`,
    )
    .all()
  const lines = db
    .prepare(
      `SELECT x.item_id, l.line, l.description, l.quantity, l.value, l.hs_code FROM advance_line l
       JOIN advance_item x ON x.id = l.item ORDER BY x.item_id, l.line`,
    )
    .all()
  return { items, lines }
}

async function both(file: string): Promise<{
  one: { report: unknown; error: string | null; station: StationEngine }
  two: { report: unknown; error: string | null; station: StationEngine }
}> {
  const run = async (opts: typeof ONE) => {
    const station = newStation(opts)
    try {
      const report = await station.importItmatt(station.defaultSession(), { name: 'big.xml', path: file })
      return { report: { ...report, seconds: 0, startedAt: '', finishedAt: '' }, error: null, station }
    } catch (error) {
      return { report: null, error: (error as Error).message, station }
    }
  }
  return { one: await run(ONE), two: await run(TWO) }
}

describe('an ITMATT file read in two parts', () => {
  it('cuts at an item start tag near the middle, after the end of another tag', () => {
    const text = itmattXml(manyItems(400))
    const file = writeItmatt('big.xml', text)
    const parts = planParts(file, Buffer.byteLength(text), 'big.xml')!
    expect(parts).not.toBeNull()
    const cut = parts[0].end!
    expect(parts[1].start).toBe(cut)
    expect(Math.abs(cut - Buffer.byteLength(text) / 2)).toBeLessThan(2000)
    expect(
      readFileSync(file)
        .subarray(cut, cut + 6)
        .toString(),
    ).toBe('<Item>')
    expect(parts[0]).toMatchObject({ start: 0, encoding: 'utf8', prefix: '', suffix: '</ITMATT>' })
    expect(parts[1]).toMatchObject({ end: null, prefix: '<ITMATT>', suffix: '' })
  })

  it('is not cut when the head declares a DOCTYPE or XML 1.1, or is not XML it can read', () => {
    for (const head of [
      '<?xml version="1.1" encoding="UTF-8"?>\n',
      '<?xml version="1.0"?>\n<!DOCTYPE ITMATT>\n',
      '<?xml version="1.0" encoding="Shift_JIS"?>\n',
    ]) {
      const text = itmattXml(manyItems(300), head)
      expect(planParts(writeItmatt('big.xml', text), Buffer.byteLength(text), 'big.xml')).toBeNull()
    }
  })

  it('writes exactly the rows and the report one part writes', async () => {
    const items = manyItems(2500).map((o, i) =>
      i % 7 === 0 ? { ...o, description: 'gift', hs: null } : i % 11 === 0 ? { ...o, value: 0 } : o,
    )
    const { one, two } = await both(writeItmatt('big.xml', itmattXml(items)))
    expect(one.error).toBeNull()
    expect(two.error).toBeNull()
    expect(two.report).toEqual(one.report)
    expect(contents(two.station)).toEqual(contents(one.station))
    expect(advanceRows(two.station)).toEqual(advanceRows(one.station))
  })

  it('refuses malformed XML in the second half at the same line and column as one part', async () => {
    const items = manyItems(2000).map(xmlItem)
    items[1700] = items[1700]!.replace('<Currency>EUR</Currency>', '<Currency>EUR</Curency>')
    const { one, two } = await both(
      writeItmatt('big.xml', `<?xml version="1.0"?>\n<ITMATT>\n${items.join('')}</ITMATT>\n`),
    )
    expect(one.error).toMatch(/^big\.xml:\d+:\d+: malformed XML/)
    expect(two.error).toBe(one.error)
    expect(advanceRows(two.station)).toEqual(NOTHING)
  })

  it('translates columns on the line where the second part starts (a file on one line)', async () => {
    const items = manyItems(1500).map((o) => xmlItem(o).replace(/\n\s*/g, ''))
    items[1400] = items[1400]!.replace('<Gift>false</Gift>', '<Gift>false</Gift><Gift a="1" a="2"/>')
    const { one, two } = await both(writeItmatt('big.xml', `<ITMATT>${items.join('')}</ITMATT>`))
    expect(one.error).toMatch(/^big\.xml:1:\d+: /)
    expect(two.error).toBe(one.error)
  })

  it('finds an item advised twice, one in each half', async () => {
    const items = manyItems(2000)
    items[1900] = { id: parcelId(5) }
    const { one, two } = await both(writeItmatt('big.xml', itmattXml(items)))
    expect(one.error).toContain(`item ${parcelId(5)} is in this file twice`)
    expect(two.error).toContain(`item ${parcelId(5)} is in this file twice`)
    expect(advanceRows(two.station)).toEqual(NOTHING)
  })

  it('refuses a byte that is not UTF-8 in the second half at the same byte offset', async () => {
    const text = itmattXml(manyItems(2000))
    const bytes = Buffer.from(text)
    const at = bytes.lastIndexOf(Buffer.from('Jane Doe'))
    bytes[at] = 0xff
    const { one, two } = await both(writeItmatt('big.xml', bytes))
    expect(one.error).toMatch(/^big\.xml:byte \d+: bytes 0xFF/)
    expect(two.error).toBe(one.error)
  })

  it('reads the second half in the encoding the head declares (ISO-8859-1)', async () => {
    const items = manyItems(2000).map(xmlItem)
    items[1800] = items[1800]!.replace('Jane Doe', 'Jürgen Müller')
    const text = `<?xml version="1.0" encoding="ISO-8859-1"?>\n<ITMATT>\n${items.join('')}</ITMATT>\n`
    const { one, two } = await both(writeItmatt('big.xml', Buffer.from(text, 'latin1')))
    expect(two.error).toBeNull()
    expect(two.station.advanceItem(parcelId(1801))!.addressee.name).toBe('Jürgen Müller')
    expect(contents(two.station)).toEqual(contents(one.station))
  })

  it('reads the file again in one part when the cut falls inside a comment', async () => {
    // A comment longer than the items around it (but under the 64 KB a comment may have).
    const before = manyItems(20).map(xmlItem).join('')
    const after = manyItems(20, 21).map(xmlItem).join('')
    const comment = `<!-- old items kept for reference: ${'<Item><ItemId>x</ItemId></Item> '.repeat(1800)}-->\n`
    const text = `<?xml version="1.0"?>\n<ITMATT>\n${before}${comment}${after}</ITMATT>\n`
    const file = writeItmatt('big.xml', text)
    const cut = planParts(file, Buffer.byteLength(text), 'big.xml')![0].end!
    expect(cut).toBeGreaterThan(text.indexOf('<!--'))
    expect(cut).toBeLessThan(text.indexOf('-->'))
    const { one, two } = await both(file)
    expect(two.error).toBeNull()
    expect(two.report).toEqual(one.report)
    expect(contents(two.station)).toEqual(contents(one.station))
    // The first try's rows are gone with its batch: only the published one is left.
    expect(advanceRows(two.station)).toMatchObject({ batches: 1, items: 40 })
  })
})
