import { describe, expect, it } from 'vitest'
import { CHICAGO, crew, letter, newStation, sqlite } from './fixtures'
import { refusal } from './refuse'

const toChicago = { destination: CHICAGO, category: 'A', subclass: 'UN' }

async function bagged() {
  const station = newStation()
  const people = crew(station)
  station.openReceptacle(people.worker, toChicago)
  station.importManifest(station.defaultSession(), `itemId,destinationCountry,weightKg\n${letter(1)},US,1.25`)
  const scan = await station.scan(people.worker, { code: letter(1) })
  return { station, scan, ...people }
}

describe('undoing a scan', () => {
  it('takes the item out with a compensating event; the scan event stays', async () => {
    const { station, scan, supervisor } = await bagged()
    const undo = station.undo(supervisor, scan.seq)
    expect(undo).toMatchObject({
      type: 'undo',
      ref: scan.seq,
      operator: 'bruno',
      code: letter(1),
      receptacle: scan.receptacle,
    })
    expect(undo.reason).toBe(
      `Scan ${scan.seq} undone: ${letter(1)} taken out of receptacle 1 for ${CHICAGO}.`,
    )
    expect(station.events(scan.seq - 1, 1)[0]).toMatchObject({ seq: scan.seq, outcome: 'accepted' })
    expect(station.getReceptacle(1)).toMatchObject({ receptacle: { items: 0, weightKg: 0 }, items: [] })
    expect(
      sqlite(station).prepare('SELECT removed_seq FROM membership WHERE seq = ?').pluck().get(scan.seq),
    ).toBe(undo.seq)
  })

  it('lets the item be scanned again afterwards, here or elsewhere', async () => {
    const { station, scan, supervisor, worker } = await bagged()
    station.undo(supervisor, scan.seq)
    const other = station.openReceptacle(worker, toChicago).receptacle
    expect((await station.scan(worker, { code: letter(1), receptacle: other.handle })).outcome).toBe(
      'accepted',
    )
  })

  it('is for supervisors and admins only', async () => {
    const { station, scan, worker, customs, admin } = await bagged()
    const refused = refusal(() => station.undo(worker, scan.seq))
    expect(refused.code).toBe('forbidden')
    expect(refused.message).toBe('Undoing a scan needs a supervisor or an admin; operator amina is a worker.')
    expect(refusal(() => station.undo(customs, scan.seq)).code).toBe('forbidden')
    expect(refusal(() => station.undo(station.defaultSession(), scan.seq)).code).toBe('forbidden')
    expect(station.undo(admin, scan.seq).type).toBe('undo')
  })

  it('undoes a scan once', async () => {
    const { station, scan, supervisor } = await bagged()
    const first = station.undo(supervisor, scan.seq)
    const second = refusal(() => station.undo(supervisor, scan.seq))
    expect(second.code).toBe('conflict')
    expect(second.message).toBe(`Scan ${scan.seq} was already undone by event ${first.seq}.`)
  })

  it('leaves a closed receptacle as it was closed', async () => {
    const { station, scan, supervisor, worker } = await bagged()
    station.closeReceptacle(worker, { weightKg: 1.4, last: false })
    const error = refusal(() => station.undo(supervisor, scan.seq))
    expect(error.code).toBe('conflict')
    expect(error.message).toMatch(/is closed/)
  })

  it('only undoes accepted scans', async () => {
    const { station, scan, supervisor, worker } = await bagged()
    const duplicate = await station.scan(worker, { code: letter(1) })
    expect(refusal(() => station.undo(supervisor, duplicate.seq)).message).toMatch(
      /was not accepted \(duplicate\)/,
    )
    expect(refusal(() => station.undo(supervisor, 1)).message).toMatch(
      /is a operator.add, not a scan|not a scan/,
    )
    expect(refusal(() => station.undo(supervisor, 9999)).code).toBe('not_found')
    expect(station.undo(supervisor, scan.seq).ref).toBe(scan.seq)
  })
})
