// Why this file exists: the event and condition codes the messages carry are code lists, kept as data with
// their meanings and how sure we are of them (shared/reference/UPU.md §4.2, §5.1, addendum §4), so that a
// post with the official lists corrects an entry here, and screens can show the meaning of a code.
import type { CodeList } from '../../codelists'
import type { ReceptacleCondition, ResditEventCode } from '../records'

export interface EventCodeEntry<Code extends string = string> {
  code: Code
  meaning: string
  /** false: a hypothesis still to be checked against the official UPU list. */
  confirmed: boolean
}

export const RESDIT_EVENT_LIST: CodeList<EventCodeEntry<ResditEventCode>> = {
  list: 'resdit-events',
  source:
    'Carrier event codes of RESDIT: 74 and 21 named by the UPU paper-free transport module; the rest from an airline mail system (UPU.md §4.2, addendum §4)',
  version: 'as read in 2024',
  entries: [
    { code: '74', meaning: 'Received: possession taken by the carrier', confirmed: true },
    { code: '6', meaning: 'Assigned to a flight', confirmed: false },
    { code: '48', meaning: 'Loaded', confirmed: false },
    { code: '24', meaning: 'Uplifted', confirmed: false },
    { code: '41', meaning: 'Handed over online (to another flight of the same carrier)', confirmed: false },
    { code: '42', meaning: 'Handed over offline (to another carrier)', confirmed: false },
    { code: '43', meaning: 'Handover received (from another carrier)', confirmed: false },
    { code: '57', meaning: 'Pending: not transported as planned', confirmed: false },
    { code: '82', meaning: 'Returned (to the post or the origin)', confirmed: false },
    { code: '21', meaning: 'Delivered to the destination post or agreed party', confirmed: true },
  ],
}

export const EMSEVT_EVENT_LIST: CodeList<EventCodeEntry> = {
  list: 'emsevt-events',
  source: 'UPU item event codes (EMSEVT, GPM key events), UPU.md §5.1',
  version: 'as read in 2024',
  entries: [
    { code: 'EMA', meaning: 'Posting / collection (acceptance)', confirmed: true },
    { code: 'EMB', meaning: 'Arrival at outward office of exchange', confirmed: true },
    { code: 'EXA', meaning: 'Item presented to export customs / security', confirmed: true },
    { code: 'EXB', meaning: 'Item held by export customs / security', confirmed: true },
    { code: 'EXC', meaning: 'Item returned from export customs / security', confirmed: true },
    { code: 'EXD', meaning: 'Item held at outward office of exchange', confirmed: true },
    { code: 'EXX', meaning: 'Export cancellation', confirmed: true },
    { code: 'EMC', meaning: 'Departure from outward office of exchange', confirmed: true },
    { code: 'EMJ', meaning: 'Arrival at transit office of exchange', confirmed: true },
    { code: 'EMK', meaning: 'Departure from transit office of exchange', confirmed: true },
    { code: 'EMD', meaning: 'Arrival at inward office of exchange', confirmed: true },
    { code: 'EDA', meaning: 'Held at inward office of exchange', confirmed: true },
    { code: 'EDB', meaning: 'Item presented to import customs', confirmed: true },
    { code: 'EME', meaning: 'Held by import customs', confirmed: true },
    { code: 'EDC', meaning: 'Item returned from import customs', confirmed: true },
    { code: 'EMF', meaning: 'Departure from inward office of exchange', confirmed: true },
    { code: 'EDD', meaning: 'Item into sorting centre', confirmed: true },
    { code: 'EDE', meaning: 'Item out of sorting centre', confirmed: true },
    { code: 'EMG', meaning: 'Arrival at delivery office', confirmed: true },
    { code: 'EDF', meaning: 'Item held at delivery depot / office', confirmed: true },
    { code: 'EDG', meaning: 'Item out for physical delivery', confirmed: true },
    { code: 'EDH', meaning: 'Item arrived at collection point for pick-up', confirmed: true },
    { code: 'EMH', meaning: 'Unsuccessful (physical) delivery attempt', confirmed: true },
    { code: 'EMI', meaning: 'Final delivery', confirmed: true },
    { code: 'EDX', meaning: 'Import terminated', confirmed: true },
  ],
}

export interface ConditionEntry {
  condition: ReceptacleCondition
  /** The code written in STS 2 (UNCONFIRMED: the UPU list for RESDES/RESCON was not available). */
  code: string
  meaning: string
  confirmed: boolean
}

export const RECEPTACLE_CONDITION_LIST: CodeList<ConditionEntry> = {
  list: 'receptacle-conditions',
  source: 'Invented for this mapping: RESDES/RESCON irregularity codes are UNCONFIRMED (UPU.md §4.2)',
  version: 'placeholder',
  entries: [
    { condition: 'received', code: 'REC', meaning: 'Received in good order', confirmed: false },
    { condition: 'missing', code: 'MIS', meaning: 'Advised but not received', confirmed: false },
    { condition: 'damaged', code: 'DAM', meaning: 'Received damaged', confirmed: false },
    { condition: 'unadvised', code: 'UNA', meaning: 'Received but not advised', confirmed: false },
    { condition: 'wet', code: 'WET', meaning: 'Received wet', confirmed: false },
    { condition: 'seal-broken', code: 'SEB', meaning: 'Received with a broken seal', confirmed: false },
  ],
}

const resditEvents = new Map(RESDIT_EVENT_LIST.entries.map((e) => [e.code as string, e]))
const emsevtEvents = new Map(EMSEVT_EVENT_LIST.entries.map((e) => [e.code, e]))
const conditionsByCode = new Map(RECEPTACLE_CONDITION_LIST.entries.map((e) => [e.code, e]))
const conditionsByName = new Map(RECEPTACLE_CONDITION_LIST.entries.map((e) => [e.condition, e]))

export function resditEvent(code: string): EventCodeEntry<ResditEventCode> | undefined {
  return resditEvents.get(code)
}

export function emsevtEvent(code: string): EventCodeEntry | undefined {
  return emsevtEvents.get(code)
}

export function conditionByCode(code: string): ConditionEntry | undefined {
  return conditionsByCode.get(code)
}

/** The STS code for a condition; throws on a condition missing from the list (a bug). */
export function conditionCode(condition: ReceptacleCondition): string {
  const entry = conditionsByName.get(condition)
  if (!entry) throw new RangeError(`no code for receptacle condition "${condition}"`)
  return entry.code
}

/** "74, 6, 48…" for error messages. */
export function codesOf(list: CodeList<{ code: string }>): string {
  return list.entries.map((e) => e.code).join(', ')
}
