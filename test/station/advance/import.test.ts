// An ITMATT import as the exchange office sees it: the report (items, new and updated, statuses, every
// finding with its item and field), the item's advance data, XML and CSV, progress, and the contract.
import { describe, expect, it } from 'vitest'
import { handleCommand, type CommandHandlers, type Outcome } from '../../../src/api'
import type { AdvanceProgress } from '../../../src/api/advance'
import { createStationHandlers } from '../../../src/station'
import { newStation, sqlite } from '../fixtures'
import { itmattXml, manyItems, parcelId, writeItmatt } from './fixtures'

describe('an ITMATT import', () => {
  it('stores items with parties, content lines, status and findings, and reports on the file', async () => {
    const station = newStation()
    const file = writeItmatt(
      'itmatt.xml',
      itmattXml([
        { id: parcelId(1) },
        { id: parcelId(2), description: 'gift', hs: null },
        { id: parcelId(3), hs: '61A910' },
      ]),
    )
    const report = await station.importItmatt(station.defaultSession(), { name: 'itmatt.xml', path: file })
    expect(report).toMatchObject({
      batch: 1,
      file: 'itmatt.xml',
      format: 'xml',
      state: 'published',
      items: 3,
      newItems: 3,
      updatedItems: 0,
      statuses: { complete: 1, incomplete: 1, error: 1 },
      findings: { total: 3, blocking: 3, byCode: { description_vague: 1, hs_missing: 1, hs_invalid: 1 } },
    })
    expect(report.findings.listed).toEqual([
      {
        itemId: parcelId(2),
        code: 'description_vague',
        field: 'lines[1].description',
        severity: 'block',
        message: "description 'gift' is too vague",
      },
      {
        itemId: parcelId(2),
        code: 'hs_missing',
        field: 'lines[1].hsCode',
        severity: 'block',
        message: 'HS code missing for a sale of goods',
      },
      {
        itemId: parcelId(3),
        code: 'hs_invalid',
        field: 'lines[1].hsCode',
        severity: 'block',
        message: "HS code '61A910' is not 6 to 10 digits",
      },
    ])
    expect(station.advanceReport(1)).toEqual(report)

    const item = station.advanceItem(parcelId(1))!
    expect(item).toMatchObject({
      itemId: parcelId(1),
      status: 'complete',
      dataStatus: 'complete',
      needsEad: true,
      reason: null,
      referral: null,
      batch: 1,
      file: 'itmatt.xml',
      mailClass: 'C',
      category: 'sale_of_goods',
      gift: false,
      totalValue: 45,
      currency: 'EUR',
      totalWeightKg: 1.25,
      originCountry: 'FR',
      destinationCountry: 'US',
      sender: {
        name: 'Boutique Lumière',
        addressLines: ['12 rue de la Paix'],
        postcode: '75002',
        city: 'Paris',
        country: 'FR',
        email: 'shop@example.fr',
      },
      addressee: {
        name: 'Jane Doe',
        addressLines: ['350 Fifth Avenue'],
        city: 'New York',
        country: 'US',
        phone: '+12125550100',
      },
      lines: [
        {
          description: 'Cotton T-shirt',
          quantity: 2,
          netWeightKg: 0.4,
          value: 45,
          currency: 'EUR',
          hsCode: '610910',
          originCountry: 'FR',
        },
      ],
      findings: [],
    })
    expect(station.advanceItem(parcelId(2))).toMatchObject({
      status: 'incomplete',
      reason: "advance data incomplete: description 'gift' is too vague; HS code missing for a sale of goods",
    })
    expect(station.advanceItem(parcelId(9))).toBeNull()
    const log = station.events().filter((e) => e.type === 'itmatt.import')
    expect(log).toHaveLength(1)
    expect(log[0]!.reason).toBe(
      'Imported ITMATT itmatt.xml: 3 items (3 new, 0 updated); EAD complete 1, incomplete 1, in error 1; 3 findings.',
    )
  })

  it('counts items a later file advises again as updated, and serves the newest data', async () => {
    const station = newStation()
    const by = station.defaultSession()
    await station.importItmatt(by, { name: 'a.xml', content: itmattXml(manyItems(3)) })
    const second = await station.importItmatt(by, {
      name: 'b.xml',
      content: itmattXml([{ id: parcelId(2), description: 'stuff' }, { id: parcelId(4) }]),
    })
    expect(second).toMatchObject({ batch: 2, items: 2, newItems: 1, updatedItems: 1 })
    expect(station.advanceItem(parcelId(2))).toMatchObject({ batch: 2, file: 'b.xml', status: 'incomplete' })
    expect(station.advanceItem(parcelId(1))).toMatchObject({ batch: 1, status: 'complete' })
  })

  it('reads CSV with one row per content line, item columns repeated', async () => {
    const station = newStation()
    const csv = [
      'ItemId,MailClass,Category,TotalWeight,TotalValue,Currency,SenderName,SenderStreet,SenderCity,SenderCountry,ReceiverName,ReceiverAddressLine1,ReceiverAddressLine2,ReceiverCity,ReceiverCountry,Description,Quantity,NetWeight,Value,LineCurrency,HSCode,ContentOriginCountry',
      `${parcelId(1)},C,Sale of goods,1.25,45.00,EUR,Boutique Lumière,12 rue de la Paix,Paris,FR,Jane Doe,350 Fifth Avenue,Floor 12,New York,US,Cotton T-shirt,2,0.4,30.00,EUR,610910,FR`,
      `${parcelId(1)},C,Sale of goods,1.25,45.00,EUR,Boutique Lumière,12 rue de la Paix,Paris,FR,Jane Doe,350 Fifth Avenue,Floor 12,New York,US,"Wallet, leather",1,0.2,15.00,EUR,420231,IT`,
      `${parcelId(2)},C,Gift,0.5,20,EUR,Marie Curie,1 rue Pierre,Lyon,FR,John Roe,1 Main St,,Boston,US,clothes,1,0.3,20,EUR,,FR`,
    ].join('\r\n')
    const report = await station.importItmatt(station.defaultSession(), { name: 'itmatt.csv', content: csv })
    expect(report).toMatchObject({ format: 'csv', items: 2, statuses: { complete: 1, incomplete: 1 } })
    expect(station.advanceItem(parcelId(1))).toMatchObject({
      category: 'sale_of_goods',
      addressee: { addressLines: ['350 Fifth Avenue', 'Floor 12'] },
      lines: [
        { description: 'Cotton T-shirt', value: 30 },
        { description: 'Wallet, leather', value: 15, originCountry: 'IT' },
      ],
      findings: [],
    })
    expect(station.advanceItem(parcelId(2))).toMatchObject({
      category: 'gift',
      reason: "advance data incomplete: description 'clothes' is too vague",
    })
  })

  it('refuses a CSV row cut short, and an item advised twice, with the line', async () => {
    const station = newStation()
    const by = station.defaultSession()
    const short = ['ItemId,Description,Value', `${parcelId(1)},Shirt,10`, `${parcelId(2)},Shirt`].join('\n')
    await expect(station.importItmatt(by, { name: 'short.csv', content: short })).rejects.toThrow(
      'short.csv:3: 2 fields where the header has 3; is the line cut short or a comma unquoted?',
    )
    const twice = itmattXml([{ id: parcelId(1) }, { id: parcelId(2) }, { id: parcelId(1) }])
    await expect(station.importItmatt(by, { name: 'twice.xml', content: twice })).rejects.toThrow(
      `twice.xml:73:8: item ${parcelId(1)} is in this file twice; each item is advised once per file`,
    )
    const db = sqlite(station)
    expect(db.prepare('SELECT count(*) FROM advance_item').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM advance_batch').pluck().get()).toBe(0)
  })

  it('tells the faces how far it got, chunk by chunk, then that it is published', async () => {
    const station = newStation()
    const seen: AdvanceProgress[] = []
    station.on((name, payload) => {
      if (name === 'advance.progress') seen.push(payload as AdvanceProgress)
    })
    const content = itmattXml(manyItems(2500))
    await station.importItmatt(station.defaultSession(), { name: 'big.xml', content })
    expect(seen.map((p) => [p.items, p.state])).toEqual([
      [1000, 'importing'],
      [2000, 'importing'],
      [2500, 'importing'],
      [2500, 'published'],
    ])
    expect(seen.at(-1)).toMatchObject({
      batch: 1,
      file: 'big.xml',
      totalBytes: content.length,
      bytes: content.length,
    })
  })

  it('is for exchange-office staff, supervisors and admins', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.addOperator(by, { id: 'ana', role: 'worker', pin: '2468' })
    const worker = station.signIn('ana', '2468')
    await expect(
      station.importItmatt(worker, { name: 'a.xml', content: itmattXml(manyItems(1)) }),
    ).rejects.toThrow(/Importing advance data/)
  })
})

describe('the contract', () => {
  it('imports text, reads an item and a report', async () => {
    const station = newStation()
    const handlers = createStationHandlers({ engine: 'cli', version: 't', dataDir: station.dataDir, station })
    const call = (command: string, input: unknown): Promise<Outcome> =>
      handleCommand(handlers as CommandHandlers, command, input)
    const session = station.defaultSession().token
    const imported = await call('itmatt.import', {
      session,
      name: 'ui.xml',
      content: itmattXml(manyItems(2)),
    })
    expect(imported).toMatchObject({ ok: true, output: { batch: 1, items: 2 } })
    expect(await call('advance.item', { itemId: parcelId(2).toLowerCase() })).toMatchObject({
      ok: true,
      output: { item: { itemId: parcelId(2), status: 'complete' } },
    })
    expect(await call('advance.report', { batch: 1 })).toMatchObject({ ok: true, output: { file: 'ui.xml' } })
    expect(await call('advance.report', { batch: 7 })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: 'There is no ITMATT import 7.' },
    })
    const bad = await call('itmatt.import', { session, name: 'bad.xml', content: '<ITMATT><Item>' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } })
  })
})
