// Contract shapes of the bagging station: receptacles, dispatches, scans, operators and the event log.
import { z } from 'zod'
import { printJobSchema } from './printing'

/** Every scan ends in exactly one of these; the words are in `reason`. Same vocabulary in CLI and events. */
export const SCAN_OUTCOMES = [
  'accepted',
  'duplicate',
  'in_other_receptacle',
  'missort',
  'held',
  'no_ead',
  'do_not_load',
  'overweight',
  'invalid_id',
  'no_receptacle',
  'receptacle_closed',
] as const
export const scanOutcomeSchema = z.enum(SCAN_OUTCOMES)
export type ScanOutcome = z.output<typeof scanOutcomeSchema>

export const ROLES = ['worker', 'supervisor', 'oe', 'customs', 'admin'] as const
export const roleSchema = z.enum(ROLES)
export type Role = z.output<typeof roleSchema>

export const DURABILITY = ['normal', 'full'] as const
export const durabilitySchema = z.enum(DURABILITY)
export type Durability = z.output<typeof durabilitySchema>

const impc = z.string().regex(/^[A-Z]{6}$/, 'an IMPC code is 6 letters')
const handle = z.number().int().positive()
/** Issued by session.signIn; acting commands carry it so every event records who did it. */
const session = z.string().min(16).max(200)
const isoTime = z.string()

export const operatorSchema = z.strictObject({
  id: z.string(),
  role: roleSchema,
  name: z.string().nullable(),
})

export const officeSchema = z.strictObject({
  impc: z.string(),
  name: z.string().nullable(),
  durability: durabilitySchema,
  weightLimitKg: z.number(),
})

export const receptacleSchema = z.strictObject({
  handle,
  /** The S8 dispatch id (20 characters) this receptacle belongs to. */
  dispatch: z.string(),
  /** Receptacle serial within the dispatch, 1–999. */
  serial: z.number().int(),
  origin: z.string(),
  destination: z.string(),
  category: z.string(),
  subclass: z.string(),
  state: z.enum(['open', 'closed']),
  items: z.number().int(),
  /** Sum of the known item weights (open), or the weight given at closing (closed). */
  weightKg: z.number().nullable(),
  weightLimitKg: z.number(),
  /** The 29-character S9 id, set when the receptacle is closed. */
  receptacleId: z.string().nullable(),
  highest: z.boolean().nullable(),
  registered: z.boolean().nullable(),
  openedAt: isoTime,
  openedBy: z.string(),
  closedAt: isoTime.nullable(),
})
export type Receptacle = z.output<typeof receptacleSchema>

export const dispatchSchema = z.strictObject({
  id: z.string(),
  origin: z.string(),
  destination: z.string(),
  category: z.string(),
  subclass: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  state: z.enum(['open', 'closed']),
  receptacles: z.number().int(),
  openedAt: isoTime,
  closedAt: isoTime.nullable(),
})
export type Dispatch = z.output<typeof dispatchSchema>

export const scanResultSchema = z.strictObject({
  /** Sequence number of the event that recorded this scan (committed before this result exists). */
  seq: z.number().int(),
  code: z.string(),
  itemId: z.string().nullable(),
  outcome: scanOutcomeSchema,
  reason: z.string(),
  /** The receptacle handle the scan was aimed at (null when none was open). */
  receptacle: handle.nullable(),
  at: isoTime,
})
export type ScanResult = z.output<typeof scanResultSchema>

export const stationEventSchema = z.strictObject({
  seq: z.number().int(),
  at: isoTime,
  station: z.string(),
  operator: z.string(),
  device: z.string().nullable(),
  type: z.string(),
  code: z.string().nullable(),
  outcome: z.string().nullable(),
  reason: z.string().nullable(),
  receptacle: z.number().int().nullable(),
  /** For compensating events (undo): the seq of the event they compensate. */
  ref: z.number().int().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
})
export type StationEvent = z.output<typeof stationEventSchema>

/** A closed receptacle back to open: the reopen's event, and its labels as canceled or void. */
export const reopenResultSchema = z.strictObject({
  receptacle: receptacleSchema,
  dispatch: dispatchSchema,
  /** The `receptacle.reopen` event: who, and why in their words. */
  event: stationEventSchema,
  /** Its label jobs this reopen canceled (not printed yet) or made void (on the bag: to be removed). */
  labels: z.array(printJobSchema),
})
export type ReopenResult = z.output<typeof reopenResultSchema>

export const policySchema = z.strictObject({
  /** A 2-letter country or a 6-letter IMPC code; the office rule wins over the country rule. */
  destination: z.string().regex(/^([A-Z]{2}|[A-Z]{6})$/),
  requiresEad: z.boolean(),
  requiresPreAdvice: z.boolean(),
  weightLimitKg: z.number().positive().max(999.8).nullable(),
})
export type DestinationPolicy = z.output<typeof policySchema>

export const baggingCommands = {
  'station.status': {
    input: z.strictObject({}),
    output: z.strictObject({ office: officeSchema.nullable() }),
  },
  'station.setup': {
    input: z.strictObject({ impc, name: z.string().max(200).nullable() }),
    output: z.strictObject({ office: officeSchema }),
  },
  'session.signIn': {
    input: z.strictObject({ operator: z.string().min(1).max(64), pin: z.string().min(1).max(64) }),
    output: z.strictObject({ session, operator: operatorSchema }),
  },
  'session.signOut': {
    input: z.strictObject({ session }),
    output: z.strictObject({}),
  },
  'receptacle.open': {
    input: z.strictObject({
      session,
      destination: impc,
      category: z.string().regex(/^[A-Z]$/),
      subclass: z.string().regex(/^[A-Z0-9]{2}$/),
      weightLimitKg: z.number().positive().max(999.8).optional(),
    }),
    output: z.strictObject({ receptacle: receptacleSchema, dispatch: dispatchSchema }),
  },
  'receptacle.close': {
    input: z.strictObject({
      session,
      receptacle: handle.optional(),
      weightKg: z.number().positive().max(999.8),
      /**
       * Where the weight came from, for the audit: the live stable reading of the station's scale, or
       * typed by a person. Absent means typed, so scripts that pass a weight keep working.
       */
      weightSource: z.enum(['scale', 'manual']).optional(),
      last: z.boolean(),
    }),
    output: z.strictObject({ receptacle: receptacleSchema, dispatch: dispatchSchema }),
  },
  /**
   * A supervisor reopens a closed receptacle of a dispatch not yet closed, so that an item customs
   * returned or seized can come out: its S9 and label no longer hold; closing it again is a first close.
   */
  'receptacle.reopen': {
    input: z.strictObject({ session, receptacle: handle, reason: z.string().max(500) }),
    output: reopenResultSchema,
  },
  'receptacle.list': {
    input: z.strictObject({ state: z.enum(['open', 'closed', 'all']).default('open') }),
    output: z.strictObject({ receptacles: z.array(receptacleSchema) }),
  },
  'receptacle.get': {
    input: z.strictObject({ handle }),
    output: z.strictObject({
      receptacle: receptacleSchema,
      items: z.array(z.strictObject({ itemId: z.string(), seq: z.number().int(), at: isoTime })),
    }),
  },
  'scan.submit': {
    input: z.strictObject({
      session,
      code: z.string().max(4096),
      receptacle: handle.optional(),
      device: z.string().max(100).optional(),
    }),
    output: scanResultSchema,
  },
  'scan.undo': {
    input: z.strictObject({ session, seq: z.number().int().positive() }),
    output: z.strictObject({ event: stationEventSchema }),
  },
  'events.list': {
    input: z.strictObject({
      after: z.number().int().nonnegative().default(0),
      limit: z.number().int().positive().max(10_000).default(1000),
    }),
    output: z.strictObject({ events: z.array(stationEventSchema) }),
  },
  'policy.list': {
    input: z.strictObject({}),
    output: z.strictObject({ policies: z.array(policySchema) }),
  },
  'policy.set': {
    input: z.strictObject({ session, policy: policySchema }),
    output: z.strictObject({ policy: policySchema }),
  },
} as const

export const baggingEvents = {
  /** Every event appended to the log (scans, undos, opens, closes), after its commit. */
  'station.event': stationEventSchema,
  /** A receptacle was opened, changed by a scan or undo, or closed. */
  'receptacle.changed': receptacleSchema,
  /** A closed receptacle was reopened (also heard as `receptacle.changed`): its old label must come off. */
  'receptacle.reopened': reopenResultSchema,
} as const
