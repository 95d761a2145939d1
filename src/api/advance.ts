// Contract shapes of electronic advance data: ITMATT imports (with their progress and stored report)
// and an item's advance data, EAD status and data-quality findings.
import { z } from 'zod'
import { CATEGORIES, DATA_STATUSES, EAD_STATUSES, FINDING_CODES, REFERRAL_STATUSES } from '../core/customs'
import { REFERRAL_RESPONSE_CODES } from '../core/edi/messages/customs'
import { messageSchema } from './exchange'

const session = z.string().min(16).max(200)
const isoTime = z.string()

export const eadStatusSchema = z.enum(EAD_STATUSES)
export const dataStatusSchema = z.enum(DATA_STATUSES)

export const eadFindingSchema = z.strictObject({
  code: z.enum(FINDING_CODES),
  /** `totalValue`, `addressee.city`, `lines[2].hsCode` (content lines count from 1). */
  field: z.string(),
  /** `block`: the item may not be loaded where its destination requires EAD; `warn`: told only. */
  severity: z.enum(['block', 'warn']),
  message: z.string(),
})
export type EadFinding = z.output<typeof eadFindingSchema>

export const partySchema = z.strictObject({
  name: z.string().nullable(),
  addressLines: z.array(z.string()),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  taxId: z.string().nullable(),
})

export const contentLineSchema = z.strictObject({
  description: z.string().nullable(),
  quantity: z.number().nullable(),
  netWeightKg: z.number().nullable(),
  value: z.number().nullable(),
  currency: z.string().nullable(),
  hsCode: z.string().nullable(),
  originCountry: z.string().nullable(),
})

export const advanceItemSchema = z.strictObject({
  itemId: z.string(),
  /** What decides at the scanner: an open customs referral's status, else the data's. */
  status: eadStatusSchema,
  /** What the data-quality rules said at import, for the item's destination. */
  dataStatus: dataStatusSchema,
  /** Whether the destination's rule requires EAD for this item (its mail class and contents). */
  needsEad: z.boolean(),
  /** The blocking findings (or the referral) in words; null when nothing blocks. */
  reason: z.string().nullable(),
  referral: z.strictObject({ status: z.enum(REFERRAL_STATUSES), reason: z.string().nullable() }).nullable(),
  batch: z.number().int(),
  file: z.string(),
  importedAt: isoTime,
  mailClass: z.string().nullable(),
  category: z.enum(CATEGORIES).nullable(),
  gift: z.boolean().nullable(),
  totalValue: z.number().nullable(),
  currency: z.string().nullable(),
  totalWeightKg: z.number().nullable(),
  postalCharges: z.number().nullable(),
  postalChargesCurrency: z.string().nullable(),
  originCountry: z.string().nullable(),
  destinationCountry: z.string().nullable(),
  sender: partySchema,
  addressee: partySchema,
  lines: z.array(contentLineSchema),
  findings: z.array(eadFindingSchema),
})
export type AdvanceItemView = z.output<typeof advanceItemSchema>

export const ADVANCE_BATCH_STATES = ['importing', 'published', 'failed'] as const

export const advanceReportSchema = z.strictObject({
  batch: z.number().int(),
  file: z.string(),
  format: z.enum(['xml', 'csv']),
  state: z.enum(ADVANCE_BATCH_STATES),
  items: z.number().int(),
  /** Items that had no published advance data before this file. */
  newItems: z.number().int(),
  /** Items whose earlier advance data this file replaces. */
  updatedItems: z.number().int(),
  bytes: z.number().int(),
  statuses: z.strictObject({
    complete: z.number().int(),
    incomplete: z.number().int(),
    error: z.number().int(),
  }),
  findings: z.strictObject({
    total: z.number().int(),
    blocking: z.number().int(),
    byCode: z.record(z.string(), z.number().int()),
    /** The first findings in file order, each with its item; every finding is kept with its item. */
    listed: z.array(eadFindingSchema.extend({ itemId: z.string() })),
  }),
  startedAt: isoTime,
  finishedAt: isoTime.nullable(),
  seconds: z.number(),
})
export type AdvanceReport = z.output<typeof advanceReportSchema>

export const advanceProgressSchema = z.strictObject({
  batch: z.number().int(),
  file: z.string(),
  items: z.number().int(),
  bytes: z.number().int(),
  /** The file's size when known (a file on disk), else null. */
  totalBytes: z.number().int().nullable(),
  state: z.enum(ADVANCE_BATCH_STATES),
})
export type AdvanceProgress = z.output<typeof advanceProgressSchema>

/** REFRSP response codes (kept as data in core/edi/messages/customs: REFERRAL_RESPONSE_LIST). */
export const referralResponseCodeSchema = z.enum(REFERRAL_RESPONSE_CODES)

/** One referral answered: closed (RFI, RFS), or answered and still in force (DNL: do not load). */
export const referralAnswerSchema = z.strictObject({
  itemId: z.string(),
  referral: z.enum(REFERRAL_STATUSES),
  code: referralResponseCodeSchema,
  action: z.string(),
  /** False for a do-not-load: answered, the item must still not be loaded. */
  closed: z.boolean(),
  /** The ead.answer event. */
  seq: z.number().int(),
  /** The REFRSP that carries the answer, and its partner; null when no ITMREF raised the referral. */
  message: z.number().int().nullable(),
  partner: z.string().nullable(),
})
export type ReferralAnswer = z.output<typeof referralAnswerSchema>

export const advanceCommands = {
  /**
   * An ITMATT file (XML, or CSV with one row per content line) given as text, for the screens; large
   * files go through `station import itmatt FILE`. All or nothing: a file with any error writes nothing.
   */
  'itmatt.import': {
    input: z.strictObject({
      session,
      name: z.string().min(1).max(300),
      content: z.string().max(50_000_000),
    }),
    output: advanceReportSchema,
  },
  /** The item's newest published advance data, EAD status and findings; null when it has none. */
  'advance.item': {
    input: z.strictObject({ itemId: z.string().min(1).max(40) }),
    output: z.strictObject({ item: advanceItemSchema.nullable() }),
  },
  /**
   * Answers the open referrals (ITMREF: RFI, RFS, DNL) of items, all or nothing: each is answered with
   * the response code and the action taken, a REFRSP goes to the post that raised it, and the answer is
   * audited (ead.answer). A supervisor or a customs officer answers.
   */
  'advance.answer': {
    input: z.strictObject({
      session,
      items: z.array(z.string().min(1).max(64)).min(1).max(1000),
      code: referralResponseCodeSchema,
      action: z.string().trim().min(1).max(512),
    }),
    output: z.strictObject({ answers: z.array(referralAnswerSchema), messages: z.array(messageSchema) }),
  },
  /** The stored report of an ITMATT import. */
  'advance.report': {
    input: z.strictObject({ batch: z.number().int().positive() }),
    output: advanceReportSchema,
  },
} as const

export const advanceEvents = {
  /** An ITMATT import moved on (after each committed chunk), was published, or failed. */
  'advance.progress': advanceProgressSchema,
} as const
