// Printers and print jobs as the engine describes them: the label of receptacle 1 of Roissy's first
// dispatch of letters to Algiers, printed on the Zebra at bagging dock 3.
import type { Printer, PrintJob } from '../../../src/api/printing'

export const S9 = 'FRCDGADZALGDAUN60001001110034'

/** 2 March 2026 at this local time: times read the same in every time zone the tests run in. */
export function at(hours: number, minutes: number, seconds: number): string {
  return new Date(2026, 2, 2, hours, minutes, seconds).toISOString()
}

/** "Now" for the tests: later the same morning. */
export const NOW = new Date(2026, 2, 2, 9, 30, 0)

export function printer(change: Partial<Printer> = {}): Printer {
  return {
    id: 'dock-3',
    name: 'Dock 3 Zebra',
    uri: 'tcp:10.0.4.21:9100',
    dpi: 203,
    isDefault: true,
    condition: { state: 'ready' },
    checkedAt: at(8, 0, 0),
    ...change,
  }
}

export function job(change: Partial<PrintJob> = {}): PrintJob {
  return {
    id: 12,
    kind: 'receptacle',
    subject: S9,
    receptacle: 1,
    printer: null,
    state: 'queued',
    reason: null,
    attempts: 0,
    reprintOf: null,
    createdAt: at(8, 1, 10),
    createdBy: 'ana',
    updatedAt: at(8, 1, 10),
    printedAt: null,
    ...change,
  }
}

/** The same job after it printed. */
export function printed(change: Partial<PrintJob> = {}): PrintJob {
  return job({
    state: 'printed',
    attempts: 1,
    updatedAt: at(8, 1, 12),
    printedAt: at(8, 1, 12),
    ...change,
  })
}
