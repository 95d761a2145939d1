// Reopening a closed receptacle of a dispatch not yet closed: a supervisor's audited decision that puts
// the bag back among the open ones, voids its S9 label, and leaves closing it again to work as a first
// close — and the highest-receptacle S9 flag stays on the highest-numbered bag.
import { describe, expect, it } from 'vitest'
import type { ScanResult } from '../../src/api/bagging'
import type { PrintJob } from '../../src/api/printing'
import { identify, type ReceptacleFields } from '../../src/core/ids'
import { readInterchange } from '../../src/station/exchange/edi'
import { CHICAGO, crew, letter, manualClock, newStation, reopen, sqlite } from './fixtures'
import { BENCH, handBench, jobBecomes, jobOf } from './print/fixtures'
import { refusal } from './refuse'

const toChicago = { destination: CHICAGO, category: 'A', subclass: 'UN' }
const SEIZED = `${letter(2, 'US')} seized by customs: take it out`

function s9(id: string | null): ReceptacleFields {
  const reading = identify(id ?? '')
  expect(reading).toMatchObject({ kind: 'receptacle', valid: true })
  return reading.fields as ReceptacleFields
}

/** Roissy with a bag to Chicago holding three letters, closed at 0.8 kg; its label job waits. */
async function closedBag(opts: { clock?: () => Date } = {}) {
  const station = newStation(opts)
  const people = crew(station)
  const by = station.defaultSession()
  const { receptacle } = station.openReceptacle(by, toChicago)
  const scans: ScanResult[] = []
  for (const n of [1, 2, 3])
    scans.push(await station.scan(by, { code: letter(n, 'US'), receptacle: receptacle.handle }))
  const closed = station.closeReceptacle(by, { receptacle: receptacle.handle, weightKg: 0.8, last: false })
  const [job] = station.printJobs(1, receptacle.handle)
  return { station, by, ...people, handle: receptacle.handle, closed: closed.receptacle, job: job!, scans }
}

describe('reopening a closed receptacle', () => {
  it('puts it back among the open receptacles, audited with the supervisor and the reason', async () => {
    const { station, supervisor, handle, closed, job } = await closedBag()
    const heard: string[] = []
    station.on((name, payload) => {
      if (name === 'receptacle.reopened')
        heard.push(`${name} ${(payload as { receptacle: { state: string } }).receptacle.state}`)
      if (name === 'receptacle.changed') heard.push(`${name} ${(payload as { state: string }).state}`)
    })
    const reopened = station.reopenReceptacle(supervisor, handle, SEIZED)

    expect(reopened.receptacle).toMatchObject({
      handle,
      state: 'open',
      items: 3,
      receptacleId: null,
      highest: null,
      registered: null,
      closedAt: null,
    })
    expect(reopened.dispatch.state).toBe('open')
    expect(station.listReceptacles('open').map((r) => r.handle)).toEqual([handle])
    expect(station.listReceptacles('closed')).toEqual([])
    expect(reopened.event).toMatchObject({
      type: 'receptacle.reopen',
      operator: 'bruno',
      code: closed.receptacleId,
      receptacle: handle,
      detail: expect.objectContaining({ reason: SEIZED, receptacleId: closed.receptacleId, weightKg: 0.8 }),
    })
    expect(reopened.event.reason).toContain(`because: ${SEIZED}.`)
    expect(reopened.event.reason).toContain(
      `Its label ${closed.receptacleId} is void: remove it from the bag.`,
    )
    expect(station.events().at(-2)).toEqual(reopened.event)
    expect(heard).toEqual(['receptacle.changed open', 'receptacle.reopened open'])

    // Its label had not printed yet: it is canceled, the way an operator's cancel is audited.
    expect(reopened.labels).toEqual([
      expect.objectContaining({ id: job.id, state: 'canceled', reason: expect.stringMatching(/reopened/) }),
    ])
    expect(jobOf(station, job.id).state).toBe('canceled')
    expect(station.events().at(-1)).toMatchObject({
      type: 'label.canceled',
      operator: 'bruno',
      code: closed.receptacleId,
      ref: reopened.event.seq,
    })
    // What a second process sees: the receptacle row is open again, without the S9 it had.
    expect(
      sqlite(station)
        .prepare('SELECT state, receptacle_id, weight_kg FROM receptacle WHERE handle = ?')
        .get(handle),
    ).toEqual({ state: 'open', receptacle_id: null, weight_kg: null })
  })

  it('takes scans and undos like any open receptacle', async () => {
    const { station, by, supervisor, handle, scans } = await closedBag()
    station.reopenReceptacle(supervisor, handle, SEIZED)
    const undone = station.undo(supervisor, scans[1]!.seq)
    expect(undone).toMatchObject({ type: 'undo', code: letter(2, 'US'), receptacle: handle })
    // A scan without a receptacle goes to the only open one.
    const scanned = await station.scan(by, { code: letter(4, 'US') })
    expect(scanned).toMatchObject({ outcome: 'accepted', receptacle: handle })
    expect(station.getReceptacle(handle).items.map((i) => i.itemId)).toEqual(
      [1, 3, 4].map((n) => letter(n, 'US')),
    )
  })

  it('is refused to a worker, and nothing changes', async () => {
    const { station, worker, admin, handle, closed, job } = await closedBag()
    const before = station.events().length
    expect(refusal(() => station.reopenReceptacle(worker, handle, SEIZED))).toMatchObject({
      code: 'forbidden',
      message: 'Reopening a closed receptacle needs a supervisor; operator amina is a worker.',
    })
    expect(refusal(() => station.reopenReceptacle(admin, handle, SEIZED)).code).toBe('forbidden')
    expect(station.events()).toHaveLength(before)
    expect(station.getReceptacle(handle).receptacle).toEqual(closed)
    expect(jobOf(station, job.id).state).toBe('queued')
  })

  it('is refused without a reason in words, for an open receptacle and for one that does not exist', async () => {
    const { station, by, supervisor, handle, closed } = await closedBag()
    for (const reason of ['', '   ', '42', '!?']) {
      expect(refusal(() => station.reopenReceptacle(supervisor, handle, reason)).message).toMatch(
        /needs its reason in words/,
      )
    }
    expect(station.getReceptacle(handle).receptacle.state).toBe('closed')
    const other = station.openReceptacle(by, toChicago).receptacle
    expect(refusal(() => station.reopenReceptacle(supervisor, other.handle, SEIZED))).toMatchObject({
      code: 'conflict',
      message: `Receptacle ${other.handle} (dispatch ${closed.dispatch}, serial 002) is open already: only a closed receptacle is reopened. Take an item out of it with an undo of its scan.`,
    })
    expect(refusal(() => station.reopenReceptacle(supervisor, 99, SEIZED))).toMatchObject({
      code: 'not_found',
      message: 'Receptacle 99 does not exist.',
    })
  })

  it('is refused once its dispatch closed: the PREDES already advised the bag', async () => {
    const { station, by, supervisor, handle, closed } = await closedBag()
    await station.closeDispatch(by, toChicago)
    const dispatch = station.listDispatches('closed')[0]!
    const label = station.getReceptacle(handle).receptacle.receptacleId
    const before = station.events().length
    const refused = refusal(() => station.reopenReceptacle(supervisor, handle, SEIZED))
    expect(refused.code).toBe('conflict')
    expect(refused.message).toBe(
      `Receptacle ${handle} (dispatch ${closed.dispatch}, serial 001) cannot be reopened: its dispatch closed at ${dispatch.closedAt} and its PREDES already advised ${CHICAGO} of this receptacle as ${label}, 0.8 kg. What is in it can no longer change here.`,
    )
    expect(station.events()).toHaveLength(before)
    expect(station.getReceptacle(handle).receptacle.state).toBe('closed')
  })

  it('closing it again is a first close: new weight, new S9, new label job', async () => {
    const { station, by, supervisor, handle, closed, scans, job } = await closedBag()
    station.reopenReceptacle(supervisor, handle, SEIZED)
    station.undo(supervisor, scans[1]!.seq)
    const again = station.closeReceptacle(by, { receptacle: handle, weightKg: 0.55, last: false })
    expect(again.receptacle).toMatchObject({ state: 'closed', items: 2, weightKg: 0.55 })
    expect(again.receptacle.receptacleId).not.toBe(closed.receptacleId)
    expect(s9(again.receptacle.receptacleId)).toMatchObject({ receptacleSerial: 1, weightKg: 0.6 })
    expect(s9(closed.receptacleId)).toMatchObject({ receptacleSerial: 1, weightKg: 0.8 })
    const jobs = station.printJobs(10, handle)
    expect(jobs.map((j) => [j.subject, j.state])).toEqual([
      [again.receptacle.receptacleId, 'queued'],
      [closed.receptacleId, 'canceled'],
    ])
    // The old label is not printed again by mistake: its S9 no longer holds.
    expect(refusal(() => station.reprint(by, job.id)).message).toBe(
      `Job ${job.id} is the label of ${closed.receptacleId}, which no longer holds: receptacle ${handle} is now ${again.receptacle.receptacleId}. Print that label again instead.`,
    )
  })
})

describe('the label of a reopened receptacle', () => {
  async function printing() {
    const time = manualClock()
    const bag = await closedBag({ clock: time.clock })
    const hands = handBench()
    bag.station.savePrinter(bag.by, BENCH)
    return { ...bag, hands, port: hands.printer() }
  }

  it('once printed, is void: the reason says to take it off the bag, and it cannot be printed again', async () => {
    const { station, by, supervisor, handle, closed, job, hands } = await printing()
    station.attachPrinters(hands.connector, { pollMs: 5 })
    await jobBecomes(station, job.id, { state: 'printed' })
    const reopened = station.reopenReceptacle(supervisor, handle, SEIZED)
    const voided = reopened.labels[0]!
    expect(voided).toMatchObject({ id: job.id, state: 'void' })
    expect(voided.reason).toBe(
      `Void: receptacle ${handle} was reopened by bruno, so the S9 ${closed.receptacleId} no longer holds; remove it from the bag. Its new label prints when it is closed again.`,
    )
    expect(station.events().at(-1)).toMatchObject({
      type: 'label.void',
      operator: 'bruno',
      code: closed.receptacleId,
      ref: reopened.event.seq,
      reason: `Label job ${job.id} (${closed.receptacleId}, printed) is void: remove it from the bag.`,
    })
    expect(refusal(() => station.reprint(by, job.id)).message).toMatch(
      new RegExp(
        `^Job ${job.id} is the label of ${closed.receptacleId}, which no longer holds: receptacle ${handle} was reopened and is open`,
      ),
    )
    expect(refusal(() => station.cancelPrint(by, job.id)).message).toMatch(/is void/)
  })

  it('being sent when the bag is reopened, stays void whatever the printer answers', async () => {
    const { station, supervisor, handle, job, hands, port } = await printing()
    const held = port.hold()
    const seen: PrintJob[] = []
    station.on((name, payload) => name === 'print.job' && seen.push(payload as PrintJob))
    station.attachPrinters(hands.connector, { pollMs: 5 })
    await jobBecomes(station, job.id, { state: 'sending' })
    const reopened = station.reopenReceptacle(supervisor, handle, SEIZED)
    expect(reopened.labels[0]).toMatchObject({
      state: 'void',
      reason: expect.stringContaining('if it came out (it was sending), remove it from the bag'),
    })
    held.finish({ outcome: 'printed' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(jobOf(station, job.id).state).toBe('void')
    expect(seen.at(-1)).toMatchObject({ id: job.id, state: 'void' })
  })
})

describe('the highest receptacle of a dispatch with a reopened one', () => {
  it('stays the highest-numbered: a lower one closed last does not say so, the highest gets its new label', async () => {
    const { station, by, supervisor } = await closedBag()
    const second = station.openReceptacle(by, toChicago).receptacle
    await station.scan(by, { code: letter(9, 'US'), receptacle: second.handle })
    const secondClosed = station.closeReceptacle(by, {
      receptacle: second.handle,
      weightKg: 1.1,
      last: false,
    })
    const first = station.listReceptacles('closed').find((r) => r.serial === 1)!
    station.reopenReceptacle(supervisor, first.handle, SEIZED)

    const closed = station.closeReceptacle(by, { receptacle: first.handle, weightKg: 0.8, last: true })
    expect(closed.dispatch.state).toBe('closed')
    expect(closed.receptacle.highest).toBe(false)
    expect(s9(closed.receptacle.receptacleId).highest).toBe(false)
    const top = station.getReceptacle(second.handle).receptacle
    expect(top.highest).toBe(true)
    expect(top.receptacleId).toBe(
      `${secondClosed.receptacle.receptacleId!.slice(0, 23)}1${secondClosed.receptacle.receptacleId!.slice(24)}`,
    )
    // The highest-numbered bag's new S9 label is queued with the close.
    expect(station.printJobs(10, second.handle).map((j) => [j.subject, j.state])).toEqual([
      [top.receptacleId, 'queued'],
      [secondClosed.receptacle.receptacleId, 'queued'],
    ])
    const summary = station.listDispatches('closed')[0]!
    expect(summary.highestSerial).toBe(2)
    const predes = station.messages('out', 5).find((m) => m.type === 'PREDES')!
    const message = readInterchange(station.message(predes.id).content).messages[0]!
    if (message.type !== 'PREDES') throw new Error(`expected PREDES, got ${message.type}`)
    expect(message.record.receptacles.map((r) => [r.id, r.highest])).toEqual([
      [closed.receptacle.receptacleId, false],
      [top.receptacleId, true],
    ])
  })
})

describe('a reopened receptacle across a restart', () => {
  it('is open after the station starts again: scans go in, an undo takes out, it closes with a new S9', async () => {
    const { station, supervisor, handle, closed, scans } = await closedBag()
    station.reopenReceptacle(supervisor, handle, SEIZED)
    const dataDir = station.dataDir
    station.close()

    const again = reopen(dataDir, { clock: manualClock('2026-03-14T10:00:00.000Z').clock })
    const people = { by: again.defaultSession(), supervisor: again.signIn('bruno', '7315') }
    expect(again.listReceptacles('open')).toEqual([
      expect.objectContaining({ handle, state: 'open', items: 3, receptacleId: null }),
    ])
    expect(await again.scan(people.by, { code: letter(5, 'US') })).toMatchObject({
      outcome: 'accepted',
      receptacle: handle,
    })
    again.undo(people.supervisor, scans[1]!.seq)
    const closedAgain = again.closeReceptacle(people.by, { weightKg: 0.9, last: false })
    expect(closedAgain.receptacle).toMatchObject({ handle, state: 'closed', items: 3, weightKg: 0.9 })
    expect(closedAgain.receptacle.receptacleId).not.toBe(closed.receptacleId)
    expect(again.listReceptacles('open')).toEqual([])
  })
})
