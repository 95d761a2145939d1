// The post ↔ customs link, CUSITM out: presenting an item to customs sends the customs partner the
// item's declaration built from its advance data, as an outgoing message whose outbox file decodes back
// to the same record; without a customs partner, advance data or a field the data lacks, nothing is
// sent and the presentation says why. The station keeps one customs partner.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { CusitmRecord } from '../../../src/core/edi/records'
import { readInterchange } from '../../../src/station/exchange/edi'
import { itmattXml, parcelId } from '../advance/fixtures'
import { crew, newStation, sqlite } from '../fixtures'
import { advise, committed, DOUANE } from './setup'

async function desk(opts: { partner?: boolean } = {}) {
  const station = newStation()
  const people = crew(station)
  const by = station.defaultSession()
  if (opts.partner !== false) station.savePartner(by, DOUANE)
  await station.importItmatt(by, {
    name: 'itmatt.xml',
    content: itmattXml([{ id: parcelId(1) }, { id: parcelId(2), hs: null, value: 12.5 }]),
  })
  return { station, by, ...people }
}

function decoded(content: string): { recipient: string; record: CusitmRecord } {
  const read = readInterchange(content)
  expect(read.issues).toEqual([])
  const [m] = read.messages
  expect(m?.type).toBe('CUSITM')
  return { recipient: read.interchange!.header.recipient.id, record: m!.record as CusitmRecord }
}

describe('CUSITM out when an item is presented', () => {
  it('queues the declaration from the advance data for the customs partner, file written after the commit', async () => {
    const { station, by } = await desk()
    station.presentToCustoms(by, [parcelId(1)])

    const out = station.messages('out', 10)
    expect(out).toHaveLength(1)
    const [message] = out
    expect(message).toMatchObject({
      direction: 'out',
      type: 'CUSITM',
      partner: 'DOUANE',
      subject: parcelId(1),
      state: 'written',
    })
    const { content } = station.message(message!.id)
    expect(message!.file).toMatch(/outbox\/DOUANE\/CUSITM-/)
    expect(existsSync(message!.file!)).toBe(true)
    expect(readFileSync(message!.file!, 'latin1')).toBe(content)

    const { recipient, record } = decoded(content)
    expect(recipient).toBe('FRDGDDI')
    expect(record).toEqual({
      itemId: parcelId(1),
      destination: 'US',
      category: 'SALEOFGOODS',
      total: { amount: 45, currency: 'EUR' },
      sender: { name: 'Boutique Lumière', country: 'FR' },
      addressee: { name: 'Jane Doe', country: 'US' },
      contents: [
        {
          description: 'Cotton T-shirt',
          quantity: 2,
          weightKg: 0.4,
          value: 45,
          hsCode: '610910',
          origin: 'FR',
        },
      ],
    })

    const [present] = committed(station).events('customs.present')
    expect(present!.reason).toContain(`CUSITM message #${message!.id} queued for customs partner DOUANE`)
    expect(JSON.parse(present!.detail).cusitm).toEqual({
      message: message!.id,
      partner: 'DOUANE',
      notSent: null,
    })
  })

  it('a line without an HS code is declared without one, and a customs officer deciding an unpresented item sends it too', async () => {
    const { station, customs } = await desk()
    advise(station, `${parcelId(2)},US,USORDA,1.2,merchandise`)
    station.decideCustoms(customs, [parcelId(2)], 'release')
    const [message] = station.messages('out', 10)
    expect(message).toMatchObject({ type: 'CUSITM', subject: parcelId(2), createdBy: 'dmitri' })
    const { record } = decoded(station.message(message!.id).content)
    expect(record.total).toEqual({ amount: 12.5, currency: 'EUR' })
    expect(record.contents[0]).toMatchObject({ hsCode: null, value: 12.5 })
  })

  it('without a customs partner: nothing is sent, and the presentation says so', async () => {
    const { station, by } = await desk({ partner: false })
    const [entry] = station.presentToCustoms(by, [parcelId(1)])
    expect(entry!.state).toBe('presented')
    expect(station.messages('out', 10)).toEqual([])
    const [present] = committed(station).events('customs.present')
    expect(present!.reason).toContain(
      'no CUSITM sent: no customs partner is set up (station partner add --kind customs)',
    )
    expect(JSON.parse(present!.detail).cusitm).toMatchObject({ message: null, partner: null })
  })

  it('without advance data for the item: nothing is sent, the item is still presented, and why is recorded', async () => {
    const { station, by } = await desk()
    const other = parcelId(9)
    advise(station, `${other},US,USORDA,1.2,merchandise`)
    const [entry] = station.presentToCustoms(by, [other])
    expect(entry).toMatchObject({ itemId: other, state: 'presented' })
    expect(station.messages('out', 10)).toEqual([])
    const [present] = committed(station).events('customs.present')
    expect(present!.reason).toContain('no CUSITM sent to DOUANE: no advance data (ITMATT) for this item')
  })

  it('a field the advance data lacks is never made up: no CUSITM, and the missing fields are named', async () => {
    const { station, by } = await desk()
    const db = sqlite(station)
    db.prepare(`UPDATE advance_item SET sender_name = NULL, currency = NULL WHERE item_id = ?`).run(
      parcelId(1),
    )
    db.prepare(`UPDATE advance_line SET currency = NULL, net_weight_kg = NULL`).run()
    station.presentToCustoms(by, [parcelId(1)])
    expect(station.messages('out', 10)).toEqual([])
    const [present] = committed(station).events('customs.present')
    expect(present!.reason).toContain('no CUSITM sent to DOUANE: the advance data lacks')
    expect(present!.reason).toContain('the currency of the declared value')
    expect(present!.reason).toContain('the net weight of content line 1')
    expect(present!.reason).toContain("the sender's name")
  })

  it('keeps one customs partner: a second is refused, the first may change', async () => {
    const { station, by } = await desk()
    expect(() => station.savePartner(by, { ...DOUANE, id: 'DOUAN2', ediId: 'OTHER' })).toThrow(
      /Partner DOUANE \(EDI id FRDGDDI\) is already this station's customs partner/,
    )
    station.savePartner(by, { ...DOUANE, ediId: 'FRDGDDI2' })
    expect(station.partners()).toEqual([{ ...DOUANE, ediId: 'FRDGDDI2' }])
  })
})
