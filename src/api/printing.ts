// Contract shapes of labels and printers: the station's printers with their live condition, and the
// durable print queue. A job's state says exactly what is known about the paper: a label is never
// reprinted behind an operator's back, so "uncertain" waits for a person to say what happened.
import { z } from 'zod'

const session = z.string().min(16).max(200)
const isoTime = z.string()
const jobId = z.number().int().positive()

/** What the printer last said about itself (~HS, ~HQES), or why it said nothing. */
export const printerConditionSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('unknown') }),
  z.strictObject({ state: z.literal('ready') }),
  z.strictObject({ state: z.literal('paper-out') }),
  z.strictObject({ state: z.literal('head-open') }),
  z.strictObject({ state: z.literal('ribbon-out') }),
  z.strictObject({ state: z.literal('paused') }),
  /** Still printing earlier formats. */
  z.strictObject({ state: z.literal('busy') }),
  z.strictObject({ state: z.literal('error'), reason: z.string() }),
  /** Cannot be reached at all: connection refused or timed out, device missing. */
  z.strictObject({ state: z.literal('offline'), reason: z.string() }),
  /** Reached, but answered neither ~HS nor ~HQES. */
  z.strictObject({ state: z.literal('not-answering') }),
])
export type PrinterCondition = z.output<typeof printerConditionSchema>

export const PRINTER_URI_HINT = 'tcp:HOST[:PORT], serial:PATH[@BAUD], usb:/dev/usb/lpN or sim:NAME'

export const printerConfigSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a printer id is letters, digits, dot, dash or underscore'),
  name: z.string().min(1).max(100),
  /** How it is reached: tcp:HOST[:PORT], serial:PATH[@BAUD], usb:/dev/usb/lpN, sim:NAME. */
  uri: z.string().min(4).max(300),
  dpi: z.union([z.literal(203), z.literal(300)]).default(203),
  /** The station's default: closed receptacles' labels go here. */
  isDefault: z.boolean().default(false),
})
export type PrinterConfig = z.output<typeof printerConfigSchema>

export const printerSchema = printerConfigSchema.extend({
  condition: printerConditionSchema,
  /** When the condition was last read; null before the first check. */
  checkedAt: isoTime.nullable(),
})
export type Printer = z.output<typeof printerSchema>

/**
 * void: the label stands for an S9 that no longer holds (its receptacle was reopened): it is never printed
 * again, and one already on the bag must come off.
 */
export const PRINT_JOB_STATES = ['queued', 'sending', 'printed', 'uncertain', 'canceled', 'void'] as const
export const printJobStateSchema = z.enum(PRINT_JOB_STATES)
export type PrintJobState = z.output<typeof printJobStateSchema>

export const labelKindSchema = z.enum(['receptacle', 'item', 'customs', 'file'])
export type LabelKind = z.output<typeof labelKindSchema>

export const printJobSchema = z.strictObject({
  id: jobId,
  kind: labelKindSchema,
  /** What the label identifies: the S9 of a receptacle label, an S10, a file name. */
  subject: z.string(),
  /** The receptacle handle for receptacle labels. */
  receptacle: z.number().int().nullable(),
  /** The printer chosen for it; null means "the station's default printer when it is sent". */
  printer: z.string().nullable(),
  state: printJobStateSchema,
  /** In words: why it waits, why it is uncertain, who canceled it, why it is void. */
  reason: z.string().nullable(),
  attempts: z.number().int(),
  /** A reprint points at the job it repeats. */
  reprintOf: jobId.nullable(),
  createdAt: isoTime,
  createdBy: z.string(),
  updatedAt: isoTime,
  printedAt: isoTime.nullable(),
})
export type PrintJob = z.output<typeof printJobSchema>

export const printingCommands = {
  'printer.list': {
    input: z.strictObject({}),
    output: z.strictObject({ printers: z.array(printerSchema) }),
  },
  /** Adds or changes a printer (supervisor, oe or admin). */
  'printer.save': {
    input: z.strictObject({ session, printer: printerConfigSchema }),
    output: z.strictObject({ printer: printerSchema }),
  },
  'printer.remove': {
    input: z.strictObject({ session, id: z.string().min(1).max(64) }),
    output: z.strictObject({}),
  },
  /** Asks the printer for its condition now. */
  'printer.check': {
    input: z.strictObject({ id: z.string().min(1).max(64) }),
    output: z.strictObject({ printer: printerSchema }),
  },
  'print.jobs': {
    input: z.strictObject({
      limit: z.number().int().positive().max(1000).default(50),
      receptacle: z.number().int().positive().optional(),
    }),
    output: z.strictObject({ jobs: z.array(printJobSchema) }),
  },
  /** The label as the printer will draw it, rendered offline. */
  'print.preview': {
    input: z.strictObject({ job: jobId }),
    output: z.strictObject({
      /** PNG, base64. */
      png: z.string(),
      widthMm: z.number(),
      heightMm: z.number(),
    }),
  },
  /** An operator's decision to print a label again; audited. */
  'print.reprint': {
    input: z.strictObject({
      session,
      job: jobId,
      printer: z.string().min(1).max(64).optional(),
      reason: z.string().max(200).optional(),
    }),
    output: z.strictObject({ job: printJobSchema }),
  },
  /** An operator saw an uncertain label come out whole; audited. */
  'print.confirm': {
    input: z.strictObject({ session, job: jobId }),
    output: z.strictObject({ job: printJobSchema }),
  },
  /** Stops a job that has not been sent (or an uncertain one nobody will reprint); audited. */
  'print.cancel': {
    input: z.strictObject({ session, job: jobId }),
    output: z.strictObject({ job: printJobSchema }),
  },
} as const

export const printingEvents = {
  /** A job was queued or changed state. */
  'print.job': printJobSchema,
  /** A printer was added or changed, or its condition was read. */
  'printer.status': printerSchema,
  /** A printer was removed. */
  'printer.removed': z.strictObject({ id: z.string() }),
} as const
