// The post ↔ customs link, CUSRSP in: the customs administration's decisions, from its registered
// partner only, applied through the officer's own decision code (hold row, state, UPU item event,
// audited event) and recorded as the customs system's; a file from anyone else, or with one item that
// cannot be decided, is quarantined whole and changes nothing.
import { describe, expect, it } from 'vitest'
import type { CusrspRecord } from '../../../src/core/edi/records'
import { encodeRecord } from '../../../src/station/exchange/edi'
import type { StationEventName } from '../../../src/station/types'
import { committed, customsDesk, DOUANE, outbound } from './setup'

const fromCustoms = (record: CusrspRecord, sender = DOUANE.ediId) =>
  encodeRecord('CUSRSP', record, {
    sender: { id: sender, qualifier: null },
    recipient: { id: 'FRCDGA', qualifier: null },
    controlRef: '7001',
    at: new Date('2026-03-14T10:00:00Z'),
  })

function linkedDesk() {
  const desk = customsDesk()
  desk.station.savePartner(desk.by, DOUANE)
  desk.station.presentToCustoms(desk.by, [1, 2, 3, 4, 5].map(outbound))
  return desk
}

/** What the station holds about an item's customs matter, as both paths write it. */
function matter(desk: ReturnType<typeof customsDesk>, itemId: string) {
  const item = desk.station.customsItem(itemId)
  const last = item.decisions.at(-1)!
  return {
    state: item.customs!.state,
    hold: item.customs!.hold,
    openHolds: item.holds.filter((h) => h.open).map((h) => h.reason),
    decision: { decision: last.decision, kind: last.kind, reason: last.reason, duty: last.duty },
    itemEvent: item.itemEvents.at(-1)!,
  }
}

describe('CUSRSP from the customs partner', () => {
  it('applies each decision exactly as an officer’s, recorded as the customs system’s', async () => {
    const desk = linkedDesk()
    const { station, by, customs } = desk
    // The officer's decision the customs system's must match.
    station.decideCustoms(customs, [outbound(5)], 'hold', {
      kind: 'documents_required',
      reason: 'Invoice required',
    })
    const heard: Array<[StationEventName, unknown]> = []
    const off = station.on((name, payload) => heard.push([name, payload]))
    const result = station.importEdi(
      by,
      'cusrsp-7001.edi',
      fromCustoms({
        responses: [
          { itemId: outbound(1), indicator: '4', duty: null, reason: null },
          { itemId: outbound(2), indicator: '6', duty: null, reason: 'Invoice required' },
          { itemId: outbound(3), indicator: '4', duty: { amount: 12.3, currency: 'EUR' }, reason: null },
          { itemId: outbound(4), indicator: '5', duty: { amount: 40, currency: 'EUR' }, reason: null },
        ],
      }),
    )
    off()
    expect(result.issues).toEqual([])
    expect(result).toMatchObject({ applied: true, message: { type: 'CUSRSP', state: 'applied' } })
    expect(result.message.reason).toBe(
      `4 customs decisions from DOUANE: ${outbound(1)} released, ${outbound(2)} held, ${outbound(3)} released (duty 12.30 EUR), ${outbound(4)} held (duty 40.00 EUR).`,
    )

    // Indicator 6 is the officer's "hold, documents required", word for word.
    const officer = matter(desk, outbound(5))
    const system = matter(desk, outbound(2))
    expect(system).toEqual({ ...officer, itemEvent: { ...officer.itemEvent, seq: system.itemEvent.seq } })
    expect(system).toMatchObject({
      state: 'held',
      hold: 'documents required: Invoice required',
      itemEvent: { code: 'EXB', reason: 'DOCS' },
    })
    expect(matter(desk, outbound(1))).toMatchObject({
      state: 'released',
      hold: null,
      openHolds: [],
      itemEvent: { code: 'EXC', reason: null },
    })
    expect(matter(desk, outbound(3)).decision).toEqual({
      decision: 'release',
      kind: null,
      reason: null,
      duty: { amount: 12.3, currency: 'EUR' },
    })
    // Duty on an examination hold: the station's duty hold, what customs held it for kept in words.
    expect(matter(desk, outbound(4))).toMatchObject({
      state: 'held',
      hold: 'duty payable 40.00 EUR: inspection',
      decision: { decision: 'hold', kind: 'duty_payable', reason: 'inspection' },
      itemEvent: { code: 'EXB', reason: 'DUTY' },
    })

    // Audited as the customs administration's, imported by the operator who took the file in.
    const held = committed(station).events('customs.hold').at(-1)!
    expect(held.operator).toBe('station')
    expect(held.code).toBe(outbound(4))
    expect(JSON.parse(held.detail)).toMatchObject({
      authority: 'customs-system',
      partner: 'DOUANE',
      message: result.message.id,
      kind: 'duty_payable',
    })
    expect(held.reason).toContain(
      `Decided by the customs administration's system: CUSRSP from partner DOUANE (message #${result.message.id}), imported by station.`,
    )
    const officerEvent = committed(station).events('customs.hold')[0]!
    expect(JSON.parse(officerEvent.detail).authority).toBeUndefined()
    const decided = station.customsItem(outbound(2)).decisions.at(-1)!
    expect(decided.decidedBy).toBe('customs:DOUANE')
    expect(station.customsItem(outbound(5)).decisions.at(-1)!.decidedBy).toBe('dmitri')

    // The Customs screen hears of it as of an officer's decision, after the commit.
    const changed = heard.filter(([name]) => name === 'customs.changed').map(([, p]) => p)
    expect(changed).toHaveLength(4)
    expect(changed).toContainEqual(expect.objectContaining({ itemId: outbound(2), state: 'held' }))

    // The hold takes effect at the very next scan.
    expect(await desk.scan(outbound(2))).toMatchObject({
      outcome: 'held',
      reason: `Held by customs (documents required: Invoice required): put ${outbound(2)} aside for the customs officer.`,
    })
    expect((await desk.scan(outbound(1))).outcome).toBe('accepted')
  })
})

describe('CUSRSP quarantined whole', () => {
  function nothingChanged(
    desk: ReturnType<typeof linkedDesk>,
    decisionsBefore: number,
    holds: Array<{ item_id: string; reason: string }> = [],
  ) {
    const seen = committed(desk.station)
    expect(seen.decisions()).toBe(decisionsBefore)
    expect(seen.openHolds()).toEqual(holds)
    for (const n of [1, 2, 3]) expect(desk.station.customsItem(outbound(n)).customs!.state).toBe('presented')
  }

  const record: CusrspRecord = {
    responses: [
      { itemId: outbound(1), indicator: '7', duty: null, reason: 'Prohibited goods' },
      { itemId: outbound(2), indicator: '4', duty: null, reason: null },
    ],
  }

  it('from a sender that is no partner: nothing applied, the reason says who may send decisions', () => {
    const desk = linkedDesk()
    const result = desk.station.importEdi(desk.by, 'cusrsp-x.edi', fromCustoms(record, 'SOMEONE'))
    expect(result.applied).toBe(false)
    expect(result.message.state).toBe('quarantined')
    expect(result.message.reason).toContain(
      'CUSRSP from SOMEONE is not applied: SOMEONE is not a partner of this station. Only the customs partner',
    )
    nothingChanged(desk, 0)
    expect(committed(desk.station).events('edi.quarantine')).toHaveLength(1)
  })

  it('from a registered post, not customs: nothing applied', () => {
    const desk = linkedDesk()
    desk.station.savePartner(desk.by, {
      id: 'USORDA',
      kind: 'post',
      name: null,
      ediId: 'USCHIA',
      ediQualifier: null,
    })
    const result = desk.station.importEdi(desk.by, 'cusrsp-y.edi', fromCustoms(record, 'USCHIA'))
    expect(result.applied).toBe(false)
    expect(result.message.reason).toContain(
      'USCHIA is partner USORDA, a post, not the customs administration',
    )
    nothingChanged(desk, 0)
  })

  it('one item that cannot be decided quarantines the whole file, every reason named', () => {
    const desk = linkedDesk()
    const { station, by, customs } = desk
    station.decideCustoms(customs, [outbound(4)], 'seize')
    const result = station.importEdi(
      by,
      'cusrsp-z.edi',
      fromCustoms({
        responses: [
          ...record.responses,
          { itemId: outbound(4), indicator: '4', duty: null, reason: null },
          { itemId: outbound(99), indicator: '4', duty: null, reason: null },
          { itemId: outbound(3), indicator: '6', duty: { amount: 0, currency: 'EUR' }, reason: null },
        ],
      }),
    )
    expect(result.applied).toBe(false)
    expect(result.message.state).toBe('quarantined')
    const reasons = result.issues.map((i) => i.message)
    expect(reasons).toEqual([
      `CUSRSP decides on ${outbound(99)}, which is not known at this station (in no manifest, never scanned or presented).`,
      `CUSRSP decision cannot be applied: ${outbound(4)} was seized by customs; nothing can follow a seizure.`,
    ])
    // The decisions that could apply were not: one bad item stops the whole file.
    nothingChanged(desk, 1, [{ item_id: outbound(4), reason: 'seized by customs' }])
  })

  it('an item never presented to customs is not decided over the link', () => {
    const desk = customsDesk()
    desk.station.savePartner(desk.by, DOUANE)
    const result = desk.station.importEdi(
      desk.by,
      'cusrsp-w.edi',
      fromCustoms({ responses: [{ itemId: outbound(1), indicator: '4', duty: null, reason: null }] }),
    )
    expect(result.applied).toBe(false)
    expect(result.issues.map((i) => i.message)).toEqual([
      `CUSRSP decides on ${outbound(1)}, which was never presented to customs at this station.`,
    ])
    expect(committed(desk.station).decisions()).toBe(0)
  })
})
