import { describe, expect, it } from 'vitest'
import { ImportError, type Station } from '../../../src/station'
import { formatS10 } from '../../../src/core/ids'
import { CHICAGO, crew, letter, newStation, parcel, registered, sqlite } from '../fixtures'
import { refusal } from '../refuse'

function items(station: Station): Array<Record<string, unknown>> {
  return sqlite(station).prepare('SELECT * FROM item ORDER BY id').all() as Array<Record<string, unknown>>
}

function importError(run: () => unknown): ImportError {
  const error = refusal(run)
  expect(error).toBeInstanceOf(ImportError)
  return error as ImportError
}

describe('importing a manifest', () => {
  it('reads a CSV with its header, BOM, CRLF, quoted fields and blank lines', () => {
    const station = newStation()
    const csv =
      '\uFEFFItem ID,Destination_Country,destination office,Weight (kg),contents,Sender,Addressee\r\n' +
      `${registered(1)},us,usorda,0.45,Documents,"Dupont, Marie","Smith ""Jr"", John\r\nChicago IL"\r\n` +
      '\r\n' +
      `${parcel(2)},DZ,,"2,5",gift,,\r\n`
    const summary = station.importManifest(station.defaultSession(), csv, { fileName: 'roissy-0614.csv' })
    expect(summary).toEqual({ items: 2, created: 2, updated: 0 })
    expect(items(station)).toEqual([
      expect.objectContaining({
        id: parcel(2),
        mail_class: 'C',
        destination_country: 'DZ',
        destination_office: null,
        weight_kg: 2.5,
        contents_type: 'gift',
        pre_advised: 1,
        ead: 1,
      }),
      expect.objectContaining({
        id: registered(1),
        mail_class: 'U',
        destination_country: 'US',
        destination_office: CHICAGO,
        weight_kg: 0.45,
        contents_type: 'documents',
        sender: 'Dupont, Marie',
        addressee: 'Smith "Jr", John\r\nChicago IL',
        ead: 1,
      }),
    ])
    expect(station.events().at(-1)).toMatchObject({
      type: 'import',
      operator: 'station',
      code: 'roissy-0614.csv',
      detail: { fileName: 'roissy-0614.csv', format: 'csv', items: 2, created: 2, updated: 0 },
    })
  })

  it('reads JSON lines with camelCase or snake_case keys', () => {
    const station = newStation()
    const jsonl = [
      JSON.stringify({ itemId: letter(1), destinationOffice: CHICAGO, weightKg: 0.02 }),
      '',
      JSON.stringify({
        item_id: letter(2),
        destination_country: 'US',
        contents_type: 'merchandise',
        extra: 1,
      }),
    ].join('\n')
    expect(station.importManifest(station.defaultSession(), jsonl, { fileName: 'advice.jsonl' })).toEqual({
      items: 2,
      created: 2,
      updated: 0,
    })
    expect(items(station).map((i) => [i.id, i.destination_office, i.destination_country, i.ead])).toEqual([
      [letter(1), CHICAGO, null, 0],
      [letter(2), null, 'US', 1],
    ])
  })

  it('updates the advance data of an item imported again, without a second row', () => {
    const station = newStation()
    const by = station.defaultSession()
    station.importManifest(by, `itemId,destinationCountry,weightKg\n${letter(1)},US,1\n${letter(2)},US,1`)
    const again = station.importManifest(
      by,
      `itemId,destinationOffice,weightKg\n${letter(1)},${CHICAGO},0.75\n${letter(3)},${CHICAGO},1`,
    )
    expect(again).toEqual({ items: 2, created: 1, updated: 1 })
    expect(items(station)).toHaveLength(3)
    expect(items(station)[0]).toMatchObject({ id: letter(1), destination_office: CHICAGO, weight_kg: 0.75 })
  })

  it('updates the running weight of a receptacle the item is already in', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, { destination: CHICAGO, category: 'A', subclass: 'UN' })
    station.importManifest(by, `itemId,destinationCountry,weightKg\n${letter(1)},US,1`)
    await station.scan(by, { code: letter(1) })
    station.importManifest(by, `itemId,destinationCountry,weightKg\n${letter(1)},US,29.5`)
    expect(station.listReceptacles('open')[0]!.weightKg).toBe(29.5)
    station.importManifest(by, `itemId,destinationCountry,weightKg\n${letter(2)},US,1`)
    expect((await station.scan(by, { code: letter(2) })).outcome).toBe('overweight')
  })

  it('rejects the whole file at a bad line, naming file, line and field, and writes nothing', () => {
    const station = newStation()
    const by = station.defaultSession()
    const before = station.events().length
    const csv = `itemId,destinationCountry\n${letter(1)},US\nRR473124828GB,US\n${letter(3)},US\n`
    const error = importError(() => station.importManifest(by, csv, { fileName: 'bad.csv' }))
    expect(error.line).toBe(3)
    expect(error.code).toBe('invalid')
    expect(error.message).toMatch(
      /^bad\.csv line 3, itemId: "RR473124828GB" is not a valid S10 item identifier: Check digit/,
    )
    expect(items(station)).toEqual([])
    expect(station.events()).toHaveLength(before)
  })

  it('names each field a line gets wrong', () => {
    const station = newStation()
    const by = station.defaultSession()
    const header = 'itemId,destinationCountry,destinationOffice,weightKg,contentsType'
    const cases: Array<[string, RegExp]> = [
      [`${letter(1)},,,1,`, /line 2, destinationCountry: missing/],
      [`${letter(1)},USA,,1,`, /line 2, destinationCountry: "USA"/],
      [`${letter(1)},US,USORD,1,`, /line 2, destinationOffice: "USORD"/],
      [`${letter(1)},US,,-1,`, /line 2, weightKg: "-1"/],
      [`${letter(1)},US,,heavy,`, /line 2, weightKg: "heavy"/],
      [`${letter(1)},US,,1,weapons`, /line 2, contentsType: "weapons"/],
      [`,US,,1,`, /line 2, itemId: missing/],
      [`FRCDGADZALGDAUN40553006010061,US,,1,`, /line 2, itemId: .*receptacle|line 2, itemId/],
    ]
    for (const [line, message] of cases) {
      expect(importError(() => station.importManifest(by, `${header}\n${line}`)).message).toMatch(message)
    }
  })

  it('refuses a header without the columns it needs', () => {
    const station = newStation()
    const by = station.defaultSession()
    expect(importError(() => station.importManifest(by, 'id_of_item,country\nx,y')).message).toMatch(
      /line 1: the header has no itemId column/,
    )
    expect(importError(() => station.importManifest(by, 'itemId,weight\nx,1')).message).toMatch(
      /needs a destinationCountry or a destinationOffice column/,
    )
    expect(importError(() => station.importManifest(by, 'itemId,country,Country Code\nx,y,z')).line).toBe(1)
  })

  it('names a truncated last line', () => {
    const station = newStation()
    const by = station.defaultSession()
    const csv = `itemId,destinationCountry,weightKg\n${letter(1)},US,1\n${letter(2)},US,1\n${letter(3)},U`
    const short = importError(() => station.importManifest(by, csv, { fileName: 'cut.csv' }))
    expect(short.line).toBe(4)
    expect(short.message).toMatch(/cut\.csv line 4: 2 fields where the header has 3/)
    const jsonl = `${JSON.stringify({ itemId: letter(1), destinationCountry: 'US' })}\n{"itemId": "${letter(2)}", "dest`
    const cut = importError(() => station.importManifest(by, jsonl, { fileName: 'cut.jsonl' }))
    expect(cut.line).toBe(2)
    expect(cut.message).toMatch(/cut\.jsonl line 2: not valid JSON/)
    expect(items(station)).toEqual([])
  })

  it('is for exchange-office staff, supervisors and admins', () => {
    const station = newStation()
    const { worker, supervisor } = crew(station)
    const csv = `itemId,destinationCountry\n${letter(1)},US`
    expect(refusal(() => station.importManifest(worker, csv)).code).toBe('forbidden')
    expect(station.importManifest(supervisor, csv).items).toBe(1)
  })

  it('imports a large manifest in one go, quickly', () => {
    const station = newStation()
    const lines = ['itemId,destinationOffice,weightKg']
    for (let n = 0; n < 200_000; n++)
      lines.push(`${formatS10('RR', String(n).padStart(8, '0'), 'FR')},${CHICAGO},0.1`)
    const started = performance.now()
    const summary = station.importManifest(station.defaultSession(), lines.join('\n'))
    const seconds = (performance.now() - started) / 1000
    expect(summary).toEqual({ items: 200_000, created: 200_000, updated: 0 })
    // A million lines must take seconds, not minutes: this guards against per-line work that grows.
    expect(seconds).toBeLessThan(6)
  })
})
