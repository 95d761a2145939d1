// A print job's state as words, colour and icon, and the tone its change deserves. What is known about
// the paper is said exactly: "printed at 08:01:12", "waiting: the printer is out of paper", or the
// question a person must answer ("did this label print?"). Pure, so every case is unit-tested.
import type { Printer, PrinterCondition, PrintJob } from '../../api/printing'
import { groupCode } from '../codes/groupCode'
import type { Tone } from '../feedback/tones'
import type { Language, Translate } from '../i18n/languages'
import { conditionBlocks, conditionWhy, type Look } from './printerStatus'
import { formatWhen } from './when'

/** The printer a job goes to: its own, else the station's default; null when there is none. */
export function printerOf(job: PrintJob, printers: readonly Printer[]): Printer | null {
  if (job.printer !== null) return printers.find((p) => p.id === job.printer) ?? null
  return printers.find((p) => p.isDefault) ?? null
}

/** The printer a job goes to, by name: "Dock 3 (zebra-3)", or the default printer in words. */
export function printerLabel(job: PrintJob, printers: readonly Printer[], t: Translate): string {
  if (job.printer === null) {
    const fallback = printers.find((p) => p.isDefault)
    return fallback
      ? t('printJob.defaultPrinterNamed', { name: fallback.name })
      : t('printJob.defaultPrinter')
  }
  const printer = printers.find((p) => p.id === job.printer)
  return printer ? `${printer.name} (${printer.id})` : job.printer
}

/** What the label identifies, grouped as it is printed under the barcode (S9, S10), else as given. */
export function jobSubject(job: PrintJob): string {
  return job.kind === 'receptacle' || job.kind === 'item' ? groupCode(job.subject) : job.subject
}

/**
 * Where a job goes, as far as this screen knows: the condition of its printer; 'none' when there is no
 * printer to send it to (no default set up, or its printer removed); null while the printers are not known.
 */
export type Destination = PrinterCondition | 'none' | null

export function destinationOf(job: PrintJob, printers: readonly Printer[] | null): Destination {
  if (printers === null) return null
  return printerOf(job, printers)?.condition ?? 'none'
}

/** Why the job cannot go now, to finish "Waiting: …"; null when nothing known stops it. */
function destinationWhy(job: PrintJob, destination: Destination, t: Translate): string | null {
  if (destination === null) return null
  if (destination === 'none') {
    return job.printer === null
      ? t('printJob.why.noDefault')
      : t('printJob.why.gone', { printer: job.printer })
  }
  return conditionWhy(destination, t)
}

/**
 * The engine begins the reason of a job it put back to wait with this word (a printer fault, no printer).
 * Any other reason of a queued job is a note, such as text drawn with the printer's own fonts.
 */
const WAITING = /^Waiting\b/

/** A queued job that cannot go: the engine put it back to wait, or what is known of its printer stops it. */
export function waitsOnFault(job: PrintJob, destination: Destination): boolean {
  if (job.state !== 'queued') return false
  if (job.reason !== null && WAITING.test(job.reason)) return true
  return destination === 'none' || (destination !== null && conditionBlocks(destination))
}

export function jobLook(job: PrintJob, destination: Destination): Look {
  switch (job.state) {
    case 'queued':
      return waitsOnFault(job, destination)
        ? { tone: 'attention', icon: 'triangle' }
        : { tone: 'working', icon: 'hourglass' }
    case 'sending':
      return { tone: 'working', icon: 'hourglass' }
    case 'printed':
      return { tone: 'ready', icon: 'tick' }
    case 'uncertain':
      return { tone: 'attention', icon: 'question' }
    case 'canceled':
      return { tone: 'idle', icon: 'slash' }
    case 'void':
      // Nothing to wait for, but something to do: the old label may still be on the bag.
      return { tone: 'attention', icon: 'slash' }
  }
}

export interface JobWords {
  /** The state in one line, in the person's language. */
  headline: string
  /** What to do about it, when there is something to do. */
  advice: string | null
  /** The engine's own sentence (why it waits, why it is uncertain, who canceled it), in English. */
  engineReason: string | null
}

export function jobWords(
  job: PrintJob,
  destination: Destination,
  t: Translate,
  language: Language,
  now?: Date,
): JobWords {
  const engineReason = job.reason
  switch (job.state) {
    case 'queued': {
      const why = destinationWhy(job, destination, t)
      if (why) return { headline: t('printJob.state.waitingBecause', { why }), advice: null, engineReason }
      const headline = waitsOnFault(job, destination)
        ? 'printJob.state.waitingReason'
        : 'printJob.state.waiting'
      return { headline: t(headline), advice: null, engineReason }
    }
    case 'sending':
      return { headline: t('printJob.state.sending'), advice: null, engineReason: null }
    case 'printed':
      return {
        headline: t('printJob.state.printed', {
          time: formatWhen(job.printedAt ?? job.updatedAt, language, now),
        }),
        advice: null,
        // Who said it printed, when a person did.
        engineReason,
      }
    case 'uncertain':
      return { headline: t('printJob.state.uncertain'), advice: t('printJob.uncertainWhy'), engineReason }
    case 'canceled':
      return { headline: t('printJob.state.canceled'), advice: null, engineReason }
    case 'void':
      return { headline: t('printJob.state.void'), advice: t('printJob.voidWhy'), engineReason }
  }
}

/** Said aloud when a job changes: which label, then its state. */
export function jobAnnouncement(
  job: PrintJob,
  destination: Destination,
  t: Translate,
  language: Language,
  now?: Date,
): string {
  const words = jobWords(job, destination, t, language, now)
  const parts = [`${t(`printJob.kind.${job.kind}`)} ${jobSubject(job)}`, words.headline]
  if (words.advice) parts.push(words.advice)
  // One sentence after another: a question keeps its own mark.
  return parts.map((part, i) => (i < parts.length - 1 && !/[.?!…]$/.test(part) ? `${part}.` : part)).join(' ')
}

/**
 * The tone a change deserves, or null for a change that needs no ear: the good tone when the label
 * printed, the error tone when it became uncertain or started waiting on a fault. Only a change
 * sounds: the same state again (an event repeated, another attempt) stays quiet.
 */
export function jobFeedback(
  before: PrintJob | undefined,
  after: PrintJob,
  destination: Destination = null,
): Tone | null {
  if (after.state === 'printed') return before?.state === 'printed' ? null : 'good'
  if (after.state === 'uncertain') return before?.state === 'uncertain' ? null : 'error'
  if (waitsOnFault(after, destination)) {
    const already =
      before !== undefined && waitsOnFault(before, destination) && before.reason === after.reason
    return already ? null : 'error'
  }
  return null
}

/** Whether a change is worth saying aloud: a new job, or a state or reason that moved. */
export function jobChanged(before: PrintJob | undefined, after: PrintJob): boolean {
  return before === undefined || before.state !== after.state || before.reason !== after.reason
}

/** What a person may do with a job now. */
export function jobActions(job: PrintJob): { reprint: boolean; confirm: boolean; cancel: boolean } {
  return {
    // A label not sent yet would only come out twice; a void one stands for an S9 that no longer holds.
    reprint: job.state === 'printed' || job.state === 'uncertain' || job.state === 'canceled',
    confirm: job.state === 'uncertain',
    cancel: job.state === 'queued' || job.state === 'uncertain',
  }
}
