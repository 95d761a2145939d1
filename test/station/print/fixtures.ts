// A bench for the print queue without a network: label printers written by hand (LabelPrinterPort), the
// station's printer set up as the default, and short helpers to close bags and watch jobs move.
import { expect, vi } from 'vitest'
import type { PrinterCondition, PrinterConfig, PrintJob } from '../../../src/api/printing'
import type { Session, Station } from '../../../src/station'
import type { LabelPrinterPort, PrintOutcome, PrinterConnector } from '../../../src/station/print/port'
import type { StationEngine } from '../../../src/station/station'
import { CHICAGO, sqlite } from '../fixtures'

export const toChicago = { destination: CHICAGO, category: 'A', subclass: 'UN' }

export const BENCH: PrinterConfig = {
  id: 'bench-1',
  name: 'Bench 1',
  uri: 'sim:bench-1',
  dpi: 203,
  isDefault: true,
}

/** A printer that answers from a condition the test sets, or from outcomes the test scripts. */
export class HandPrinter implements LabelPrinterPort {
  condition: PrinterCondition = { state: 'ready' }
  /** The ZPL of every print() call, in order. */
  readonly calls: string[] = []
  statusCalls = 0
  /** Outcomes for the next print() calls, used before the condition decides. */
  readonly script: (PrintOutcome | Promise<PrintOutcome>)[] = []

  print(zpl: string): Promise<PrintOutcome> {
    this.calls.push(zpl)
    const next = this.script.shift()
    if (next) return Promise.resolve(next)
    if (this.condition.state === 'ready') return Promise.resolve({ outcome: 'printed' })
    return Promise.resolve({ outcome: 'not-sent', condition: this.condition, reason: this.condition.state })
  }

  status(): Promise<{ condition: PrinterCondition }> {
    this.statusCalls++
    return Promise.resolve({ condition: this.condition })
  }

  /** The next print() waits until the test calls `finish`. */
  hold(): { finish: (outcome: PrintOutcome) => void } {
    let finish!: (outcome: PrintOutcome) => void
    this.script.push(new Promise<PrintOutcome>((resolve) => (finish = resolve)))
    return { finish }
  }
}

/** A connector over hand printers, one per printer id, made on first use. */
export function handBench(): {
  connector: PrinterConnector
  printer: (id?: string) => HandPrinter
  connected: PrinterConfig[]
} {
  const printers = new Map<string, HandPrinter>()
  const printer = (id = BENCH.id) => {
    let p = printers.get(id)
    if (!p) {
      p = new HandPrinter()
      printers.set(id, p)
    }
    return p
  }
  const connected: PrinterConfig[] = []
  return {
    connector: (config) => {
      connected.push(config)
      return printer(config.id)
    },
    printer,
    connected,
  }
}

/** Opens a receptacle to Chicago and closes it; returns the closed receptacle and its label job. */
export function closeBag(
  station: Station,
  by: Session,
  weightKg = 4.2,
): { handle: number; s9: string; job: PrintJob } {
  station.openReceptacle(by, toChicago)
  const { receptacle } = station.closeReceptacle(by, { weightKg, last: false })
  const [job] = station.printJobs(1, receptacle.handle)
  expect(job).toBeDefined()
  return { handle: receptacle.handle, s9: receptacle.receptacleId!, job: job! }
}

/** The job as faces see it now. */
export function jobOf(station: Station, id: number): PrintJob {
  const job = station.printJobs(1000).find((j) => j.id === id)
  expect(job, `print job ${id}`).toBeDefined()
  return job!
}

/** Waits (real time, a few seconds at most) until the job matches. */
export async function jobBecomes(
  station: Station,
  id: number,
  shape: Partial<PrintJob>,
  timeout = 4000,
): Promise<PrintJob> {
  await vi.waitFor(() => expect(jobOf(station, id)).toMatchObject(shape), { timeout, interval: 5 })
  return jobOf(station, id)
}

/** Lets the runner poll a few times (real time). */
export function polls(n: number, pollMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, n * pollMs + 20))
}

/** The print.job events the station pushed, per job id, as states in order. */
export function watchJobs(station: Station): Map<number, string[]> {
  const seen = new Map<number, string[]>()
  station.on((name, payload) => {
    if (name !== 'print.job') return
    const job = payload as PrintJob
    seen.set(job.id, [...(seen.get(job.id) ?? []), job.state])
  })
  return seen
}

/** What is stored for a job beyond the contract shape: its ZPL and retry time. */
export function storedJob(station: StationEngine, id: number): { zpl: string; not_before: string | null } {
  return sqlite(station)
    .prepare<[number], { zpl: string; not_before: string | null }>(
      'SELECT zpl, not_before FROM print_job WHERE id = ?',
    )
    .get(id)!
}

/** Moves a manual clock on by ms. */
export function advance(time: { now: Date }, ms: number): void {
  time.now = new Date(time.now.getTime() + ms)
}
