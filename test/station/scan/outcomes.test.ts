import { describe, expect, it } from 'vitest'
import type { Station } from '../../../src/station'
import { ALGIERS, CHICAGO, ems, letter, newStation, NEW_YORK, parcel, registered, sqlite } from '../fixtures'

const toChicago = { destination: CHICAGO, category: 'A', subclass: 'UN' }

/** Pre-advises items as a manifest would: id, country, office, weight, contents. */
function advise(station: Station, ...lines: string[]): void {
  const csv = ['itemId,destinationCountry,destinationOffice,weightKg,contentsType', ...lines].join('\n')
  station.importManifest(station.defaultSession(), csv, { fileName: 'advice.csv' })
}

function members(station: Station, itemId: string): number {
  return sqlite(station)
    .prepare<[string], number>('SELECT count(*) FROM membership WHERE item_id = ? AND removed_seq IS NULL')
    .pluck()
    .get(itemId)!
}

function bagging(opts: { open?: boolean } = {}) {
  const station = newStation()
  const by = station.defaultSession()
  const handle = opts.open === false ? null : station.openReceptacle(by, toChicago).receptacle.handle
  const scan = (code: string, receptacle?: number) => station.scan(by, { code, receptacle })
  return { station, by, handle, scan }
}

describe('accepted', () => {
  it('bags a pre-advised item and says where it went', async () => {
    const { station, handle, scan } = bagging()
    advise(station, `${letter(1)},US,${CHICAGO},0.25,documents`)
    const result = await scan(letter(1))
    expect(result).toMatchObject({
      outcome: 'accepted',
      itemId: letter(1),
      receptacle: handle,
      code: letter(1),
    })
    expect(result.reason).toBe(`Accepted into receptacle ${handle} for ${CHICAGO} (1 item).`)
    expect(members(station, letter(1))).toBe(1)
    expect(station.getReceptacle(handle!).receptacle).toMatchObject({ items: 1, weightKg: 0.25 })
  })

  it('records an unknown item as new, with the mail class of its service indicator', async () => {
    const { station, scan } = bagging()
    station.openReceptacle(station.defaultSession(), { ...toChicago, subclass: 'EN' })
    const result = await scan(` ${ems(7).toLowerCase()} `)
    expect(result).toMatchObject({ outcome: 'accepted', itemId: ems(7), code: ` ${ems(7).toLowerCase()} ` })
    expect(result.reason).toMatch(/not pre-advised: recorded as a new EMS item/)
    const row = sqlite(station)
      .prepare('SELECT mail_class, pre_advised, created_seq FROM item WHERE id = ?')
      .get(ems(7))
    expect(row).toEqual({ mail_class: 'E', pre_advised: 0, created_seq: result.seq })
  })

  it('goes to the most recently opened receptacle that is still open when none is named', async () => {
    const { station, by, handle, scan } = bagging()
    const newYork = station.openReceptacle(by, { ...toChicago, destination: NEW_YORK }).receptacle.handle
    expect((await scan(letter(1))).receptacle).toBe(newYork)
    station.closeReceptacle(by, { receptacle: newYork, weightKg: 1, last: false })
    expect((await scan(letter(2))).receptacle).toBe(handle)
  })

  it('records station, operator, device and time of every scan', async () => {
    const { station, by } = bagging()
    const result = await station.scan(by, { code: letter(1), device: 'scanner-2' })
    expect(station.events(result.seq - 1, 1)[0]).toEqual({
      seq: result.seq,
      at: result.at,
      station: 'FRCDGA',
      operator: 'station',
      device: 'scanner-2',
      type: 'scan',
      code: letter(1),
      outcome: 'accepted',
      reason: result.reason,
      receptacle: result.receptacle,
      ref: null,
      detail: null,
    })
  })
})

describe('refusals, each with its reason in words', () => {
  it('invalid_id: not an item, a wrong check digit, or a label of another kind', async () => {
    const { station, handle, scan } = bagging()
    const word = await scan('HELLO')
    expect(word).toMatchObject({ outcome: 'invalid_id', itemId: null, receptacle: handle })
    expect(word.reason).toMatch(/^Not an item identifier/)
    const wrongCheck = await scan('RR473124828GB')
    expect(wrongCheck.outcome).toBe('invalid_id')
    expect(wrongCheck.reason).toMatch(/Check digit is 8/)
    const bagLabel = await scan('FRCDGADZALGDAUN40553006010061')
    expect(bagLabel.reason).toMatch(/receptacle label \(S9\), not an item/)
    expect((await scan('FRCDGAUSORDAAUN60001')).reason).toMatch(/dispatch identifier \(S8\)/)
    expect(station.events().filter((e) => e.outcome === 'invalid_id')).toHaveLength(4)
  })

  it('no_receptacle: nothing open, or a handle that does not exist', async () => {
    const { scan } = bagging({ open: false })
    const none = await scan(letter(1))
    expect(none).toMatchObject({ outcome: 'no_receptacle', receptacle: null })
    expect(none.reason).toMatch(/No receptacle is open/)
    const unknown = await scan(letter(1), 42)
    expect(unknown).toMatchObject({ outcome: 'no_receptacle', receptacle: null })
    expect(unknown.reason).toMatch(/Receptacle 42 does not exist/)
  })

  it('receptacle_closed: names the receptacle and where to put the item instead', async () => {
    const { station, by, handle, scan } = bagging()
    station.closeReceptacle(by, { weightKg: 1, last: false })
    const result = await scan(letter(1), handle!)
    expect(result).toMatchObject({ outcome: 'receptacle_closed', receptacle: handle })
    expect(result.reason).toBe(
      `Receptacle ${handle} (dispatch FRCDGAUSORDAAUN60001, serial 001) is closed: open a new receptacle for ${CHICAGO}.`,
    )
  })

  it('duplicate: the same item twice in the same receptacle is one membership', async () => {
    const { station, scan } = bagging()
    await scan(letter(1))
    const again = await scan(letter(1))
    expect(again.outcome).toBe('duplicate')
    expect(again.reason).toMatch(/already in receptacle 1 .*nothing changed/)
    expect(members(station, letter(1))).toBe(1)
    expect(station.getReceptacle(1).receptacle.items).toBe(1)
  })

  it('in_other_receptacle: names the handle, dispatch and serial it is in', async () => {
    const { station, by, scan } = bagging()
    await scan(letter(1))
    const other = station.openReceptacle(by, toChicago).receptacle
    const result = await scan(letter(1), other.handle)
    expect(result.outcome).toBe('in_other_receptacle')
    expect(result.reason).toContain('receptacle 1 (dispatch FRCDGAUSORDAAUN60001, serial 001)')
    station.closeReceptacle(by, { receptacle: 1, weightKg: 1, last: false })
    expect((await scan(letter(1), other.handle)).reason).toContain('already in closed receptacle 1')
    expect(members(station, letter(1))).toBe(1)
  })

  it('held: an open customs hold stops the item, a lifted one does not', async () => {
    const { station, scan } = bagging()
    advise(station, `${letter(1)},US,,,merchandise`)
    const db = sqlite(station)
    db.prepare(`INSERT INTO hold (item_id, reason, placed_seq) VALUES (?, 'documents requested', 1)`).run(
      letter(1),
    )
    const held = await scan(letter(1))
    expect(held.outcome).toBe('held')
    expect(held.reason).toBe(
      `Held by customs (documents requested): put ${letter(1)} aside for the customs officer.`,
    )
    db.prepare('UPDATE hold SET lifted_seq = 2').run()
    expect((await scan(letter(1))).outcome).toBe('accepted')
  })

  it('do_not_load: a flagged item is refused', async () => {
    const { station, scan } = bagging()
    advise(station, `${letter(1)},US,,,`)
    sqlite(station).prepare('UPDATE item SET do_not_load = 1 WHERE id = ?').run(letter(1))
    const result = await scan(letter(1))
    expect(result.outcome).toBe('do_not_load')
    expect(result.reason).toMatch(/do-not-load/)
  })

  it('missort: wrong mail class, wrong office, wrong country', async () => {
    const { station, scan } = bagging()
    advise(station, `${letter(2)},US,${NEW_YORK},,`, `${letter(3)},DZ,,,`, `${letter(4)},DZ,${CHICAGO},,`)
    const parcelInLetters = await scan(parcel(1))
    expect(parcelInLetters.outcome).toBe('missort')
    expect(parcelInLetters.reason).toBe(
      `Missort: ${parcel(1)} is parcel post but receptacle 1 takes letter post (subclass UN).`,
    )
    const otherOffice = await scan(letter(2))
    expect(otherOffice.outcome).toBe('missort')
    expect(otherOffice.reason).toBe(
      `Missort: ${letter(2)} is for ${NEW_YORK} but receptacle 1 goes to ${CHICAGO}.`,
    )
    const otherCountry = await scan(letter(3))
    expect(otherCountry.outcome).toBe('missort')
    expect(otherCountry.reason).toContain('is for DZ (Algeria)')
    // The office is the more precise routing: it wins over a country that disagrees.
    expect((await scan(letter(4))).outcome).toBe('accepted')
    expect(station.getReceptacle(1).receptacle.items).toBe(1)
  })

  it('no_ead: the destination requires advance data the item does not have', async () => {
    const { station, by, scan } = bagging()
    station.setPolicy(by, {
      destination: 'US',
      requiresEad: true,
      requiresPreAdvice: false,
      weightLimitKg: null,
    })
    advise(station, `${letter(1)},US,,0.1,`, `${letter(2)},US,,0.1,gift`)
    const bare = await scan(letter(1))
    expect(bare.outcome).toBe('no_ead')
    expect(bare.reason).toBe(
      `No advance data: US (United States of America) requires electronic advance data (EAD) and ${letter(1)} has none; put it aside.`,
    )
    expect((await scan(letter(2))).outcome).toBe('accepted')
    expect((await scan(letter(9))).outcome).toBe('no_ead')
  })

  it('no_ead: a destination taking only pre-advised items refuses an unknown item', async () => {
    const { station, by, scan } = bagging()
    station.setPolicy(by, {
      destination: CHICAGO,
      requiresEad: false,
      requiresPreAdvice: true,
      weightLimitKg: null,
    })
    advise(station, `${letter(1)},US,,,`)
    const unknown = await scan(letter(2))
    expect(unknown.outcome).toBe('no_ead')
    expect(unknown.reason).toMatch(/takes only pre-advised items and .* is in no imported manifest/)
    expect((await scan(letter(1))).outcome).toBe('accepted')
    expect(sqlite(station).prepare('SELECT count(*) FROM item WHERE id = ?').pluck().get(letter(2))).toBe(0)
  })

  it("applies the office's policy before its country's", async () => {
    const { station, by, scan } = bagging()
    station.setPolicy(by, {
      destination: 'US',
      requiresEad: true,
      requiresPreAdvice: true,
      weightLimitKg: null,
    })
    station.setPolicy(by, {
      destination: CHICAGO,
      requiresEad: false,
      requiresPreAdvice: false,
      weightLimitKg: null,
    })
    expect((await scan(letter(1))).outcome).toBe('accepted')
    const newYork = station.openReceptacle(by, { ...toChicago, destination: NEW_YORK }).receptacle.handle
    expect((await scan(letter(2), newYork)).outcome).toBe('no_ead')
  })

  it('overweight: the known running weight plus the item would pass the limit', async () => {
    const { station, by, scan } = bagging({ open: false })
    const { receptacle } = station.openReceptacle(by, { ...toChicago, weightLimitKg: 2 })
    advise(station, `${letter(1)},US,,1.5,`, `${letter(2)},US,,0.6,`, `${letter(3)},US,,0.5,`)
    expect((await scan(letter(1))).outcome).toBe('accepted')
    const heavy = await scan(letter(2))
    expect(heavy.outcome).toBe('overweight')
    expect(heavy.reason).toBe(
      `Over the weight limit: receptacle ${receptacle.handle} holds 1.5 kg, ${letter(2)} weighs 0.6 kg and the limit is 2 kg; close it and open a new one.`,
    )
    expect((await scan(letter(3))).outcome).toBe('accepted')
    // Unknown weight: nothing to compare, the worker's scale decides at closing.
    expect((await scan(letter(4))).outcome).toBe('accepted')
    expect(station.getReceptacle(receptacle.handle).receptacle).toMatchObject({ items: 3, weightKg: 2 })
  })
})

describe('the order of the rules', () => {
  it('reports the first rule that refuses', async () => {
    const { station, by, scan } = bagging({ open: false })
    expect((await scan('HELLO')).outcome).toBe('invalid_id')
    station.openReceptacle(by, { ...toChicago, subclass: 'CN' })
    advise(station, `${registered(1)},DZ,${ALGIERS},40,`)
    const db = sqlite(station)
    db.prepare(`INSERT INTO hold (item_id, reason, placed_seq) VALUES (?, 'inspection', 1)`).run(
      registered(1),
    )
    db.prepare('UPDATE item SET do_not_load = 1').run()
    // Held, do-not-load, wrong class, wrong office and too heavy all at once: held comes first.
    expect((await scan(registered(1))).outcome).toBe('held')
    db.prepare('UPDATE hold SET lifted_seq = 9').run()
    expect((await scan(registered(1))).outcome).toBe('do_not_load')
    db.prepare('UPDATE item SET do_not_load = 0').run()
    expect((await scan(registered(1))).outcome).toBe('missort')
  })
})
