// Contract shapes of the office of exchange: closing dispatches (with their PREDES and paper documents),
// consignments to carriers (CARDIT, PRECON), EDI in and out, and item events out (EMSEVT).
import { z } from 'zod'

const session = z.string().min(16).max(200)
const isoTime = z.string()
const s8 = z.string().regex(/^[A-Z0-9]{20}$/, 'an S8 dispatch id is 20 letters and digits')
const impc = z.string().regex(/^[A-Z]{6}$/, 'an IMPC code is 6 letters')

export const dispatchSummarySchema = z.strictObject({
  id: z.string(),
  origin: z.string(),
  destination: z.string(),
  category: z.string(),
  subclass: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  state: z.enum(['open', 'closed']),
  receptacles: z.number().int(),
  openReceptacles: z.number().int(),
  registeredReceptacles: z.number().int(),
  items: z.number().int(),
  /** Sum of the closed receptacles' weights. */
  weightKg: z.number(),
  /** The highest receptacle serial as advised at close. */
  highestSerial: z.number().int().nullable(),
  openedAt: isoTime,
  closedAt: isoTime.nullable(),
})
export type DispatchSummary = z.output<typeof dispatchSummarySchema>

export const DOCUMENT_KINDS = ['predes', 'letter-bill', 'delivery-bill', 'cardit', 'precon'] as const
export const documentKindSchema = z.enum(DOCUMENT_KINDS)
export type DocumentKind = z.output<typeof documentKindSchema>

export const documentFileSchema = z.strictObject({
  kind: documentKindSchema,
  /** The paper form or message it is: "CN 31", "CN 38", "PREDES"… */
  form: z.string(),
  name: z.string(),
  path: z.string(),
})
export type DocumentFile = z.output<typeof documentFileSchema>

export const dispatchCloseResultSchema = z.strictObject({
  dispatchId: z.string(),
  receptacles: z.number().int(),
  registeredReceptacles: z.number().int(),
  items: z.number().int(),
  weightKg: z.number(),
  highestSerial: z.number().int(),
  files: z.strictObject({ predes: z.string(), letterBill: z.string(), deliveryBill: z.string() }),
  documents: z.array(documentFileSchema),
})
export type DispatchCloseResult = z.output<typeof dispatchCloseResultSchema>

export const transportLegSchema = z.strictObject({
  carrier: z.string().regex(/^[A-Z0-9]{2,3}$/, 'a carrier code is 2 or 3 letters or digits'),
  number: z.string().min(1).max(10),
  from: z.string().regex(/^[A-Z]{3}([A-Z]{3})?$/, 'a place is an IATA airport code or an IMPC code'),
  to: z.string().regex(/^[A-Z]{3}([A-Z]{3})?$/, 'a place is an IATA airport code or an IMPC code'),
  departure: isoTime,
  arrival: isoTime.nullable().default(null),
  mode: z.enum(['1', '2', '3', '4']).default('4'),
})
export type TransportLegInput = z.input<typeof transportLegSchema>

export const consignmentSchema = z.strictObject({
  id: z.string(),
  origin: z.string(),
  destination: z.string(),
  category: z.string(),
  carrier: z.string(),
  transport: z.array(transportLegSchema),
  receptacles: z.number().int(),
  weightKg: z.number(),
  closedAt: isoTime,
  closedBy: z.string(),
  /** The latest custody event the carrier reported (RESDIT code and words), if any. */
  status: z.string().nullable(),
  statusAt: isoTime.nullable(),
})
export type Consignment = z.output<typeof consignmentSchema>

export const consignmentCloseResultSchema = z.strictObject({
  consignment: consignmentSchema,
  documents: z.array(documentFileSchema),
})

export const MESSAGE_STATES = ['written', 'sent', 'applied', 'quarantined'] as const
export const messageSchema = z.strictObject({
  id: z.number().int(),
  direction: z.enum(['in', 'out']),
  type: z.string(),
  partner: z.string().nullable(),
  subject: z.string().nullable(),
  controlRef: z.string().nullable(),
  file: z.string().nullable(),
  state: z.enum(MESSAGE_STATES),
  /** Why it was quarantined (every issue, with where), or what applying it did. */
  reason: z.string().nullable(),
  resendOf: z.number().int().nullable(),
  createdAt: isoTime,
  createdBy: z.string(),
})
export type Message = z.output<typeof messageSchema>

export const ediIssueSchema = z.strictObject({
  message: z.string(),
  line: z.number().int().nullable(),
  segment: z.number().int().nullable(),
  tag: z.string().nullable(),
  element: z.number().int().nullable(),
  component: z.number().int().nullable(),
})

/** Who a partner is: a post, a carrier, or the customs administration (CUSITM out, CUSRSP in). */
export const PARTNER_KINDS = ['post', 'carrier', 'customs'] as const

export const partnerSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^[A-Z0-9]{2,6}$/,
      'a partner id is a 2–6 character post (IMPC, country), carrier or customs code',
    ),
  kind: z.enum(PARTNER_KINDS),
  name: z.string().max(100).nullable(),
  ediId: z.string().min(1).max(35),
  ediQualifier: z.string().max(4).nullable(),
})
export type Partner = z.output<typeof partnerSchema>

export const unconfirmedReceptacleSchema = z.strictObject({
  receptacleId: z.string(),
  dispatchId: z.string(),
  destination: z.string(),
  advisedAt: isoTime,
  /** What was advised (PREDES, CARDIT) and what confirmation is missing. */
  reason: z.string(),
})

export const emsevtExportSchema = z.strictObject({
  events: z.number().int(),
  since: isoTime,
  /** The interchange text (UNOC). */
  content: z.string(),
  /** The outbox message, when it was queued for a partner. */
  message: messageSchema.nullable(),
})
export type EmsevtExport = z.output<typeof emsevtExportSchema>

export const exchangeCommands = {
  'dispatch.list': {
    input: z.strictObject({ state: z.enum(['open', 'closed', 'all']).default('all') }),
    output: z.strictObject({ dispatches: z.array(dispatchSummarySchema) }),
  },
  /** Closes a dispatch named by its S8, or the open one of a series (destination, category, subclass). */
  'dispatch.close': {
    input: z.strictObject({
      session,
      dispatch: s8.optional(),
      destination: impc.optional(),
      category: z
        .string()
        .regex(/^[A-Z]$/)
        .optional(),
      subclass: z
        .string()
        .regex(/^[A-Z0-9]{2}$/)
        .optional(),
    }),
    output: dispatchCloseResultSchema,
  },
  'dispatch.documents': {
    input: z.strictObject({ dispatch: s8 }),
    output: z.strictObject({ documents: z.array(documentFileSchema) }),
  },
  /** One document's bytes (PDF or EDI), base64, for the screen to show or save. */
  'document.get': {
    input: z.strictObject({ path: z.string().min(1).max(1000) }),
    output: z.strictObject({ name: z.string(), mime: z.string(), base64: z.string() }),
  },
  'consignment.close': {
    input: z.strictObject({
      session,
      /** Closed dispatches whose (not yet consigned) receptacles travel together. */
      dispatches: z.array(s8).min(1).max(500),
      carrier: z.string().regex(/^[A-Z0-9]{2,3}$/),
      transport: z.array(transportLegSchema).min(1).max(10),
    }),
    output: consignmentCloseResultSchema,
  },
  'consignment.list': {
    input: z.strictObject({ limit: z.number().int().positive().max(1000).default(100) }),
    output: z.strictObject({ consignments: z.array(consignmentSchema) }),
  },
  'message.list': {
    input: z.strictObject({
      direction: z.enum(['in', 'out', 'all']).default('all'),
      limit: z.number().int().positive().max(1000).default(100),
    }),
    output: z.strictObject({ messages: z.array(messageSchema) }),
  },
  'message.get': {
    input: z.strictObject({ id: z.number().int().positive() }),
    output: z.strictObject({ message: messageSchema, content: z.string() }),
  },
  /** Writes an outgoing message to its partner's outbox again; an audited decision. */
  'message.resend': {
    input: z.strictObject({
      session,
      id: z.number().int().positive(),
      reason: z.string().max(200).optional(),
    }),
    output: z.strictObject({ message: messageSchema }),
  },
  /** An EDI file from a partner: applied whole in one transaction, or quarantined whole with its reasons. */
  'edi.import': {
    input: z.strictObject({ session, name: z.string().min(1).max(300), content: z.string().max(50_000_000) }),
    output: z.strictObject({
      message: messageSchema,
      applied: z.boolean(),
      issues: z.array(ediIssueSchema),
    }),
  },
  'partner.list': {
    input: z.strictObject({}),
    output: z.strictObject({ partners: z.array(partnerSchema) }),
  },
  'partner.save': {
    input: z.strictObject({ session, partner: partnerSchema }),
    output: z.strictObject({ partner: partnerSchema }),
  },
  'emsevt.export': {
    input: z.strictObject({ session, since: isoTime, outbox: z.string().min(2).max(6).optional() }),
    output: emsevtExportSchema,
  },
  /** Receptacles advised to a partner (PREDES, CARDIT) that no RESDES, RESCON or RESDIT has confirmed. */
  'receptacle.unconfirmed': {
    input: z.strictObject({
      olderThanHours: z
        .number()
        .nonnegative()
        .max(24 * 365)
        .default(24),
    }),
    output: z.strictObject({ receptacles: z.array(unconfirmedReceptacleSchema) }),
  },
} as const

export const exchangeEvents = {
  'dispatch.changed': dispatchSummarySchema,
  'message.changed': messageSchema,
  'consignment.changed': consignmentSchema,
} as const
