import { describe, expect, it } from 'vitest'
import type { PrinterConfig } from '../../../src/api/printing'
import { PrintRunner, type RunnerHost, type SendResult } from '../../../src/station/print/runner'
import type { StoredJob } from '../../../src/station/print/store'
import { crew, manualClock, newStation, reopen, sqlite } from '../fixtures'
import {
  advance,
  BENCH,
  closeBag,
  HandPrinter,
  handBench,
  jobBecomes,
  jobOf,
  polls,
  storedJob,
  watchJobs,
} from './fixtures'

const POLL = 10
const NO_PRINTER = /^Waiting: no default printer is set up for this station/

function bench(start?: string) {
  const time = manualClock(start)
  const station = newStation({ clock: time.clock })
  const by = station.defaultSession()
  const hands = handBench()
  return { time, station, by, hands, port: hands.printer() }
}

describe('the runner sends queued labels', () => {
  it('moves a job queued → sending → printed, pushing each step and auditing the print', async () => {
    const { station, by, hands, port } = bench()
    const seen = watchJobs(station)
    station.savePrinter(by, BENCH)
    station.attachPrinters(hands.connector, { pollMs: POLL })
    const { job, s9 } = closeBag(station, by)
    const printed = await jobBecomes(station, job.id, { state: 'printed' })
    expect(printed).toMatchObject({
      printer: BENCH.id,
      attempts: 1,
      reason: null,
      printedAt: expect.any(String),
    })
    expect(seen.get(job.id)).toEqual(['queued', 'sending', 'printed'])
    expect(port.calls).toEqual([storedJob(station, job.id).zpl])
    expect(station.events().filter((e) => e.type === 'label.printed')).toEqual([
      expect.objectContaining({
        operator: 'station',
        code: s9,
        detail: expect.objectContaining({ job: job.id }),
      }),
    ])
    expect(station.printers()[0]!.condition).toEqual({ state: 'ready' })
  })

  it('puts a label the printer could not take back to wait, in words, and prints it once the fault is cleared', async () => {
    const { time, station, by, hands, port } = bench()
    port.condition = { state: 'paper-out' }
    station.savePrinter(by, BENCH)
    station.attachPrinters(hands.connector, { pollMs: POLL })
    const { job } = closeBag(station, by)
    const waiting = await jobBecomes(station, job.id, { state: 'queued', attempts: 1 })
    expect(waiting.reason).toBe('Waiting: the printer is out of paper. Trying again in 1 s.')
    expect(storedJob(station, job.id).not_before).toBe(new Date(time.now.getTime() + 1000).toISOString())
    expect(station.printers()[0]!.condition).toEqual({ state: 'paper-out' })
    // Not before its retry time, however often the runner looks.
    await polls(5, POLL)
    expect(port.calls).toHaveLength(1)
    advance(time, 2000)
    await jobBecomes(station, job.id, { attempts: 2 })
    expect(jobOf(station, job.id).reason).toBe('Waiting: the printer is out of paper. Trying again in 2 s.')
    port.condition = { state: 'ready' }
    advance(time, 5000)
    await jobBecomes(station, job.id, { state: 'printed', attempts: 3 })
    expect(port.calls).toHaveLength(3)
    expect(station.events().filter((e) => e.type === 'label.printed')).toHaveLength(1)
  })

  it('says why when the printer’s address cannot be used, and keeps the label waiting', async () => {
    const { station, by } = bench()
    station.savePrinter(by, BENCH)
    station.attachPrinters(
      () => {
        throw new Error('No serial ports on this machine')
      },
      { pollMs: POLL },
    )
    const { job } = closeBag(station, by)
    const waiting = await jobBecomes(station, job.id, { state: 'queued', attempts: 1 })
    expect(waiting.reason).toBe('Waiting: no serial ports on this machine. Trying again in 1 s.')
  })

  it('never resends an uncertain label by itself', async () => {
    const { time, station, by, hands, port } = bench()
    port.script.push({
      outcome: 'uncertain',
      reason: 'The connection dropped after the label was sent.',
      condition: { state: 'head-open' },
    })
    station.savePrinter(by, BENCH)
    station.attachPrinters(hands.connector, { pollMs: POLL })
    const { job } = closeBag(station, by)
    const unsure = await jobBecomes(station, job.id, { state: 'uncertain' })
    expect(unsure.reason).toBe(
      'The connection dropped after the label was sent. Look at Bench 1: if the label came out whole, confirm it; otherwise reprint it.',
    )
    expect(station.printers()[0]!.condition).toEqual({ state: 'head-open' })
    for (let i = 0; i < 3; i++) {
      advance(time, 60_000)
      await polls(3, POLL)
    }
    expect(jobOf(station, job.id).state).toBe('uncertain')
    expect(port.calls).toHaveLength(1)
    expect(station.events().filter((e) => e.type === 'label.uncertain')).toHaveLength(1)
  })

  it('sends one job at a time per printer, in the order the bags were closed', async () => {
    const { station, by, hands, port } = bench()
    const held = port.hold()
    station.savePrinter(by, BENCH)
    station.attachPrinters(hands.connector, { pollMs: POLL })
    const first = closeBag(station, by).job
    const second = closeBag(station, by).job
    await jobBecomes(station, first.id, { state: 'sending' })
    await polls(5, POLL)
    expect(jobOf(station, second.id).state).toBe('queued')
    expect(port.calls).toHaveLength(1)
    held.finish({ outcome: 'printed' })
    await jobBecomes(station, second.id, { state: 'printed' })
    expect(port.calls).toEqual([storedJob(station, first.id).zpl, storedJob(station, second.id).zpl])
  })

  it('asks an idle printer for its condition', async () => {
    const { station, by, hands, port } = bench()
    station.savePrinter(by, BENCH)
    port.condition = { state: 'paused' }
    station.attachPrinters(hands.connector, { pollMs: POLL, statusEveryMs: 0 })
    await eventually(() => port.statusCalls >= 2)
    expect(station.printers()[0]).toMatchObject({
      condition: { state: 'paused' },
      checkedAt: expect.any(String),
    })
  })
})

describe('the default printer', () => {
  it('says so on the waiting job when there is none, and prints once one is set up', async () => {
    const { station, by, hands, port } = bench()
    station.attachPrinters(hands.connector, { pollMs: POLL })
    const { job } = closeBag(station, by)
    const waiting = await jobBecomes(station, job.id, { state: 'queued' })
    await eventually(() => NO_PRINTER.test(jobOf(station, job.id).reason ?? ''))
    expect(waiting.attempts).toBe(0)
    // A printer that is not the default does not take the default's labels.
    station.savePrinter(by, { ...BENCH, isDefault: false })
    await polls(3, POLL)
    expect(port.calls).toHaveLength(0)
    station.savePrinter(by, BENCH)
    await jobBecomes(station, job.id, { state: 'printed', printer: BENCH.id })
  })

  it('leaves a label that waits for the default to whichever printer is the default when it is retried', async () => {
    const { time, station, by, hands } = bench()
    hands.printer().condition = { state: 'paper-out' }
    station.savePrinter(by, BENCH)
    station.attachPrinters(hands.connector, { pollMs: POLL })
    const { job } = closeBag(station, by)
    await jobBecomes(station, job.id, { state: 'queued', attempts: 1 })
    // Still "the default printer", not pinned to the one that was out of paper.
    expect(jobOf(station, job.id).printer).toBeNull()
    station.savePrinter(by, { ...BENCH, id: 'bench-2', name: 'Bench 2', uri: 'sim:bench-2' })
    advance(time, 2000)
    await jobBecomes(station, job.id, { state: 'printed', printer: 'bench-2' })
    expect(hands.printer('bench-2').calls).toHaveLength(1)
    expect(hands.printer().calls).toHaveLength(1)
  })

  it('tells a waiting label when its default printer is removed', async () => {
    const { station, by, hands } = bench()
    hands.printer().condition = { state: 'paper-out' }
    station.savePrinter(by, BENCH)
    station.attachPrinters(hands.connector, { pollMs: POLL })
    const { job } = closeBag(station, by)
    await jobBecomes(station, job.id, { state: 'queued', attempts: 1 })
    station.removePrinter(by, BENCH.id)
    await eventually(() => NO_PRINTER.test(jobOf(station, job.id).reason ?? ''))
  })
})

describe('labels waiting for a printer that is gone', () => {
  it('says so on a reprint sent to a printer that was then removed, and never prints it elsewhere', async () => {
    const { station, by, hands } = bench()
    station.savePrinter(by, BENCH)
    const spare = { ...BENCH, id: 'spare', name: 'Spare', isDefault: false }
    station.savePrinter(by, spare)
    station.attachPrinters(hands.connector, { pollMs: POLL })
    const { job } = closeBag(station, by)
    await jobBecomes(station, job.id, { state: 'printed' })
    hands.printer('spare').condition = { state: 'head-open' }
    const again = station.reprint(by, job.id, { printer: 'spare', reason: 'torn' })
    await jobBecomes(station, again.id, { state: 'queued', attempts: 1 })
    station.removePrinter(by, 'spare')
    await eventually(() => /printer spare is no longer set up/.test(jobOf(station, again.id).reason ?? ''))
    await polls(5, POLL)
    expect(jobOf(station, again.id)).toMatchObject({ state: 'queued', printer: 'spare' })
    expect(hands.printer().calls).toHaveLength(1)
  })
})

describe('restarts and other connections', () => {
  it('keeps a decision another process made while a label was on its way, unless it printed', async () => {
    const { station, by, hands, port } = bench()
    station.savePrinter(by, BENCH)
    const held = port.hold()
    station.attachPrinters(hands.connector, { pollMs: POLL })
    const { job } = closeBag(station, by)
    await eventually(() => port.calls.length === 1)
    // A second station on the same data folder starts and finds the job "sending".
    sqlite(station).prepare(`UPDATE print_job SET state = 'canceled', reason = 'x' WHERE id = ?`).run(job.id)
    held.finish({ outcome: 'uncertain', reason: 'The connection dropped.' })
    await polls(3, POLL)
    expect(jobOf(station, job.id).state).toBe('canceled')

    const second = closeBag(station, by, 2)
    const held2 = port.hold()
    await eventually(() => port.calls.length === 2)
    sqlite(station).prepare(`UPDATE print_job SET state = 'uncertain' WHERE id = ?`).run(second.job.id)
    held2.finish({ outcome: 'printed' })
    await jobBecomes(station, second.job.id, { state: 'printed' })
  })

  it('makes a job left "sending" uncertain when printers are attached again, and never resends it', async () => {
    const { time, station, by, hands, port } = bench()
    station.savePrinter(by, BENCH)
    const { job } = closeBag(station, by)
    // As a process that stopped mid-job leaves it.
    sqlite(station).prepare(`UPDATE print_job SET state = 'sending', attempts = 1 WHERE id = ?`).run(job.id)
    const seen = watchJobs(station)
    station.attachPrinters(hands.connector, { pollMs: POLL })
    expect(jobOf(station, job.id)).toMatchObject({
      state: 'uncertain',
      reason: 'The station stopped while this label was being sent: it may or may not have printed.',
    })
    expect(seen.get(job.id)).toEqual(['uncertain'])
    advance(time, 60_000)
    await polls(5, POLL)
    expect(jobOf(station, job.id).state).toBe('uncertain')
    expect(port.calls).toHaveLength(0)
    expect(station.events().filter((e) => e.type === 'label.uncertain')).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ job: job.id }) }),
    ])
  })

  it('recovers a station closed in the middle of a print: uncertain, never queued, never resent', async () => {
    const time = manualClock()
    const station = newStation({ clock: time.clock })
    const by = station.defaultSession()
    const hands = handBench()
    const held = hands.printer().hold()
    station.savePrinter(by, BENCH)
    station.attachPrinters(hands.connector, { pollMs: POLL })
    const { job } = closeBag(station, by)
    await jobBecomes(station, job.id, { state: 'sending' })
    station.close()
    // The print finishing after the close changes nothing: the station is gone.
    held.finish({ outcome: 'printed' })
    await polls(2, POLL)

    const again = reopen(station.dataDir, { clock: time.clock })
    expect(jobOf(again, job.id).state).toBe('sending')
    const later = handBench()
    again.attachPrinters(later.connector, { pollMs: POLL })
    expect(jobOf(again, job.id).state).toBe('uncertain')
    advance(time, 60_000)
    await polls(5, POLL)
    expect(jobOf(again, job.id).state).toBe('uncertain')
    expect(later.printer().calls).toHaveLength(0)
    expect(hands.printer().calls).toHaveLength(1)
  })

  it('only queues when no printers are attached', async () => {
    const { station, by } = bench()
    station.savePrinter(by, BENCH)
    const { job } = closeBag(station, by)
    await polls(5, POLL)
    expect(jobOf(station, job.id)).toMatchObject({ state: 'queued', attempts: 0, reason: null })
  })

  it('prints the labels another connection queued', async () => {
    const { time, station, by, hands, port } = bench()
    station.savePrinter(by, BENCH)
    station.attachPrinters(hands.connector, { pollMs: POLL })
    const cli = reopen(station.dataDir, { clock: time.clock })
    const { worker } = crew(cli)
    const { job } = closeBag(cli, worker)
    await jobBecomes(station, job.id, { state: 'printed' })
    expect(port.calls).toEqual([storedJob(station, job.id).zpl])
    expect(jobOf(cli, job.id).state).toBe('printed')
  })
})

describe('PrintRunner', () => {
  function host(printers: PrinterConfig[], jobs: StoredJob[]) {
    const finished: SendResult[] = []
    const h: RunnerHost = {
      printers: () => printers,
      claim: () => jobs.shift() ?? null,
      finish: (_job, _p, result) => finished.push(result),
      explainStranded: () => undefined,
      condition: () => undefined,
      closed: false,
    }
    return { h, finished }
  }
  const stored = (zpl: string) => ({ label: { zpl } }) as StoredJob

  it('connects each printer once, and again when its address changes', async () => {
    const printers = [{ ...BENCH }]
    const jobs = [stored('^XA1^XZ')]
    const { h, finished } = host(printers, jobs)
    const connected: string[] = []
    const runner = new PrintRunner(
      h,
      (p) => {
        connected.push(p.uri)
        return new HandPrinter()
      },
      { pollMs: POLL, statusEveryMs: 60_000 },
    )
    runner.start()
    try {
      await eventually(() => finished.length === 1)
      jobs.push(stored('^XA2^XZ'))
      runner.kick()
      await eventually(() => finished.length === 2)
      printers[0] = { ...BENCH, uri: 'tcp:10.0.0.9' }
      jobs.push(stored('^XA3^XZ'))
      runner.kick()
      await eventually(() => finished.length === 3)
      expect(connected).toEqual(['sim:bench-1', 'tcp:10.0.0.9'])
      expect(finished).toEqual([{ outcome: 'printed' }, { outcome: 'printed' }, { outcome: 'printed' }])
    } finally {
      runner.stop()
    }
  })

  it('stops touching a station that closed while a job was on its way', async () => {
    const port = new HandPrinter()
    const held = port.hold()
    const closedHost = { ...host([BENCH], [stored('^XA^XZ')]), closing: false }
    const h: RunnerHost = {
      ...closedHost.h,
      get closed() {
        return closedHost.closing
      },
    }
    const runner = new PrintRunner(h, () => port, { pollMs: POLL })
    runner.start()
    await eventually(() => port.calls.length === 1)
    closedHost.closing = true
    held.finish({ outcome: 'printed' })
    await polls(2, POLL)
    runner.stop()
    expect(closedHost.finished).toEqual([])
  })
})

/** Waits (real time, a few seconds at most) until the condition holds. */
async function eventually(condition: () => boolean, timeout = 4000): Promise<void> {
  const until = Date.now() + timeout
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms: ${condition.toString()}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
