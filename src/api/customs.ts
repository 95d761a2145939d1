// Contract shapes of customs: items presented to customs, the officer's holds and decisions, duty payments.
// A decision is audited and takes effect at once: the next scan of a held item at a bagging station is
// `held` with the hold's reason, and a dispatch or consignment holding a held item cannot close.
import { z } from 'zod'
import { stationEventSchema } from './bagging'

const session = z.string().min(16).max(200)
const isoTime = z.string()
const itemCode = z.string().min(1).max(64)

export const CUSTOMS_DECISIONS = ['hold', 'release', 'return', 'seize'] as const
export const customsDecisionKindSchema = z.enum(CUSTOMS_DECISIONS)
export type CustomsDecisionKind = z.output<typeof customsDecisionKindSchema>

/** Why an item is held (UPU.md 7.6): kept as data so screens and reports word them the same way. */
export const HOLD_KINDS = [
  'documents_required',
  'inspection',
  'duty_payable',
  'prohibited_restricted',
] as const
export const holdKindSchema = z.enum(HOLD_KINDS)
export type HoldKind = z.output<typeof holdKindSchema>

/** Where an item stands with customs: presented and not yet decided, or its latest decision. */
export const CUSTOMS_STATES = ['presented', 'held', 'released', 'returned', 'seized'] as const
export const customsStateSchema = z.enum(CUSTOMS_STATES)
export type CustomsState = z.output<typeof customsStateSchema>

/** Export: the item leaves this office's country; import: it is addressed to it. */
export const customsDirectionSchema = z.enum(['export', 'import'])
export type CustomsDirection = z.output<typeof customsDirectionSchema>

export const dutySchema = z.strictObject({
  amount: z.number().positive().max(1_000_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a currency is its 3-letter ISO 4217 code, e.g. EUR'),
})
export type Duty = z.output<typeof dutySchema>

/** The declared value from the item's advance data; the currency is null when the data does not say. */
export const declaredValueSchema = z.strictObject({ amount: z.number(), currency: z.string().nullable() })
export type DeclaredValue = z.output<typeof declaredValueSchema>

export const customsDecisionSchema = z.strictObject({
  id: z.number().int(),
  itemId: z.string(),
  decision: customsDecisionKindSchema,
  kind: holdKindSchema.nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  duty: dutySchema.nullable(),
  /** Set when the duty was paid (customs.payment). */
  paymentReference: z.string().nullable(),
  paidAt: isoTime.nullable(),
  decidedBy: z.string(),
  decidedAt: isoTime,
  /** The audited event of the decision. */
  seq: z.number().int(),
  /** The UPU item event it produced (EXB/EXC export, EME/EDC import), with its reason code. */
  itemEvent: z.string(),
  itemEventReason: z.string().nullable(),
})
export type CustomsDecision = z.output<typeof customsDecisionSchema>

export const customsQueueEntrySchema = z.strictObject({
  itemId: z.string(),
  state: customsStateSchema,
  direction: customsDirectionSchema,
  /** The destination office (IMPC) when known, else the destination country. */
  destination: z.string().nullable(),
  value: declaredValueSchema.nullable(),
  presentedAt: isoTime,
  presentedBy: z.string(),
  ageHours: z.number(),
  /** The reason of the open hold, as the bagging station shows it; null when nothing holds the item. */
  hold: z.string().nullable(),
  lastDecision: customsDecisionSchema.nullable(),
})
export type CustomsQueueEntry = z.output<typeof customsQueueEntrySchema>

export const customsQueueFilterSchema = z.strictObject({
  status: z.enum([...CUSTOMS_STATES, 'all']).default('all'),
  /** A 2-letter country or a 6-letter IMPC office. */
  destination: z
    .string()
    .regex(/^([A-Z]{2}|[A-Z]{6})$/, 'a destination is a 2-letter country or a 6-letter IMPC code')
    .optional(),
  minValue: z.number().nonnegative().optional(),
  maxValue: z.number().nonnegative().optional(),
  olderThanHours: z
    .number()
    .nonnegative()
    .max(24 * 365)
    .optional(),
  limit: z.number().int().positive().max(1000).default(100),
})
export type CustomsQueueFilter = z.input<typeof customsQueueFilterSchema>

export const customsItemSchema = z.strictObject({
  itemId: z.string(),
  /** What the manifest says about the item. */
  manifest: z.strictObject({
    mailClass: z.string().nullable(),
    destinationCountry: z.string().nullable(),
    destinationOffice: z.string().nullable(),
    weightKg: z.number().nullable(),
    contentsType: z.string().nullable(),
    sender: z.string().nullable(),
    addressee: z.string().nullable(),
    preAdvised: z.boolean(),
    ead: z.boolean(),
    doNotLoad: z.boolean(),
  }),
  /** The receptacle it is in now, if any. */
  receptacle: z
    .strictObject({
      handle: z.number().int(),
      dispatch: z.string(),
      serial: z.number().int(),
      destination: z.string(),
      state: z.enum(['open', 'closed']),
      receptacleId: z.string().nullable(),
    })
    .nullable(),
  /** Its place in the customs queue; null when it was never presented. */
  customs: customsQueueEntrySchema.nullable(),
  holds: z.array(
    z.strictObject({
      reason: z.string(),
      placedSeq: z.number().int(),
      liftedSeq: z.number().int().nullable(),
      open: z.boolean(),
    }),
  ),
  decisions: z.array(customsDecisionSchema),
  itemEvents: z.array(
    z.strictObject({
      code: z.string(),
      at: isoTime,
      office: z.string(),
      receptacle: z.string().nullable(),
      reason: z.string().nullable(),
      seq: z.number().int(),
    }),
  ),
  /** The station's events about the item: scans into receptacles, undos, customs, oldest first. */
  history: z.array(stationEventSchema),
  /** The item's advance data (ITMATT), table by table, when the station holds any. */
  advance: z
    .strictObject({
      value: declaredValueSchema.nullable(),
      records: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
    })
    .nullable(),
})
export type CustomsItem = z.output<typeof customsItemSchema>

export const customsDecideOptionsSchema = z.strictObject({
  kind: holdKindSchema.optional(),
  reason: z.string().trim().min(1).max(200).optional(),
  note: z.string().trim().min(1).max(1000).optional(),
  duty: dutySchema.optional(),
})
export type CustomsDecideOptions = z.input<typeof customsDecideOptionsSchema>

const items = z.array(itemCode).min(1).max(1000)

export const customsCommands = {
  'customs.queue': {
    input: customsQueueFilterSchema,
    output: z.strictObject({ items: z.array(customsQueueEntrySchema) }),
  },
  'customs.item': {
    input: z.strictObject({ itemId: itemCode }),
    output: customsItemSchema,
  },
  /** Post staff (or the officer) present items to customs: EXA for export, EDB for import. */
  'customs.present': {
    input: z.strictObject({ session, items }),
    output: z.strictObject({ items: z.array(customsQueueEntrySchema) }),
  },
  /**
   * A customs officer's decision on one or more items, all or nothing. Anyone else is refused
   * (`forbidden`), and the refusal is itself recorded in the event log.
   */
  'customs.decide': {
    input: customsDecideOptionsSchema.extend({ session, items, decision: customsDecisionKindSchema }),
    output: z.strictObject({
      decisions: z.array(customsDecisionSchema),
      items: z.array(customsQueueEntrySchema),
    }),
  },
  /** The duty of an item was paid: the payment reference joins the decision that set the duty. */
  'customs.payment': {
    input: z.strictObject({ session, itemId: itemCode, reference: z.string().trim().min(1).max(64) }),
    output: z.strictObject({ decision: customsDecisionSchema, item: customsQueueEntrySchema }),
  },
} as const

export const customsEvents = {
  /** An item was presented to customs, decided on, or its duty was paid. */
  'customs.changed': customsQueueEntrySchema,
} as const
