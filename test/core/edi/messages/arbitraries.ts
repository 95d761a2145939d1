// Random valid records for every UPU message, built from the identifier builders of src/core/ids so
// that every S8, S9 and S10 is well-formed, and from the code lists the mappings read.
import fc from 'fast-check'
import { mailSubclassList } from '../../../../src/core/codelists'
import { EMSEVT_EVENT_LIST, RESDIT_EVENT_LIST } from '../../../../src/core/edi/messages'
import type {
  ConsignmentRecord,
  CusitmRecord,
  CusrspRecord,
  CustomsIndicator,
  EmsevtRecord,
  ItmrefRecord,
  ItemEvent,
  PredesRecord,
  RefrspRecord,
  ReceptacleAdvice,
  ReceptacleCondition,
  ResconRecord,
  ResdesRecord,
  ResditEvent,
  ResditRecord,
  TransportLeg,
} from '../../../../src/core/edi/records'
import { buildDispatchId, buildReceptacleId, formatS10 } from '../../../../src/core/ids'
import type { DispatchIdParts } from '../../../../src/core/ids'

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const offset: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Z', '+00:00', '+01:00', '-05:00', '+05:30', '+05:45', '-03:30', '+14:00', '-12:00'),
  fc
    .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 59 }))
    .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
)

/** ISO 8601 local time with offset, seconds always given. */
export const isoTime: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 1990, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 0.999, noNaN: true }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    offset,
  })
  .map(({ year, month, dayFraction, hour, minute, second, offset: z }) => {
    const day = 1 + Math.floor(dayFraction * daysIn(year, month))
    return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${z}`
  })

export const office = fc.stringMatching(/^[A-Z]{6}$/)
const airport = fc.stringMatching(/^[A-Z]{3}$/)
const placeCode = fc.oneof(airport, office)
const carrier = fc.stringMatching(/^[A-Z0-9]{2,3}$/)
const trip = fc.stringMatching(/^[A-Z0-9]{1,8}$/)
export const consignmentId = fc.stringMatching(/^[A-Z0-9][A-Z0-9./-]{0,20}$/)
/** Grams, as kilograms. */
const kilograms = fc.integer({ min: 0, max: 9_999_999 }).map((g) => g / 1000)

export const itemId: fc.Arbitrary<string> = fc
  .tuple(
    fc.stringMatching(/^[A-Z]{2}$/),
    fc.integer({ min: 0, max: 99_999_999 }),
    fc.stringMatching(/^[A-Z]{2}$/),
  )
  .map(([si, serial, country]) => formatS10(si, pad(serial, 8), country))

export const dispatchParts: fc.Arbitrary<DispatchIdParts> = fc.record({
  origin: office,
  destination: office,
  category: fc.constantFrom('A', 'B', 'C', 'D'),
  subclass: fc.constantFrom(...mailSubclassList.entries.map((s) => s.code)),
  year: fc.integer({ min: 0, max: 9 }),
  dispatchNumber: fc.integer({ min: 1, max: 9999 }),
})

interface ReceptacleDraft {
  serial: number
  highest: boolean
  registered: boolean
  labelKg: number
}

const receptacleDraft: fc.Arbitrary<ReceptacleDraft> = fc.record({
  serial: fc.integer({ min: 1, max: 999 }),
  highest: fc.boolean(),
  registered: fc.boolean(),
  labelKg: fc.integer({ min: 0, max: 9999 }).map((t) => t / 10),
})

function receptacleOf(parts: DispatchIdParts, d: ReceptacleDraft): string {
  return buildReceptacleId({ ...parts, receptacleSerial: d.serial, ...d, weightKg: d.labelKg })
}

/** A valid S9 of any dispatch. */
export const receptacleId: fc.Arbitrary<string> = fc
  .tuple(dispatchParts, receptacleDraft)
  .map(([parts, d]) => receptacleOf(parts, d))

const receptacleType = fc.option(fc.constantFrom('BG', 'BX', 'PL', 'TR', 'CT'), { nil: null })

function advice(id: string, weightKg: number, type: string | null, items: string[]): ReceptacleAdvice {
  return { id, weightKg, type, registered: id.charAt(24) === '1', highest: id.charAt(23) === '1', items }
}

export const transportLeg: fc.Arbitrary<TransportLeg> = fc.record({
  carrier,
  number: trip,
  from: placeCode,
  to: placeCode,
  departure: isoTime,
  arrival: fc.option(isoTime, { nil: null }),
  mode: fc.constantFrom('1', '2', '3', '4'),
})

/** Items are unique across the whole dispatch: an item is in one receptacle only. */
function uniqueItems(lists: string[][]): string[][] {
  const seen = new Set<string>()
  return lists.map((items) => items.filter((i) => !seen.has(i) && seen.add(i) !== undefined))
}

export const predesRecord: fc.Arbitrary<PredesRecord> = dispatchParts.chain((parts) => {
  const dispatchId = buildDispatchId(parts)
  const receptacle = fc.record({
    draft: receptacleDraft,
    weightKg: kilograms,
    type: receptacleType,
    items: fc.array(itemId, { maxLength: 6 }),
  })
  return fc
    .record({
      closedAt: isoTime,
      transport: fc.array(transportLeg, { maxLength: 3 }),
      receptacles: fc.uniqueArray(receptacle, { maxLength: 8, selector: (r) => r.draft.serial }),
    })
    .map(({ closedAt, transport, receptacles }) => {
      const items = uniqueItems(receptacles.map((r) => r.items))
      return {
        dispatchId,
        origin: parts.origin,
        destination: parts.destination,
        category: parts.category,
        subclass: parts.subclass,
        closedAt,
        transport,
        receptacles: receptacles.map((r, i) =>
          advice(receptacleOf(parts, r.draft), r.weightKg, r.type, items[i] ?? []),
        ),
      }
    })
})

const condition: fc.Arbitrary<ReceptacleCondition> = fc.constantFrom(
  'received',
  'missing',
  'damaged',
  'unadvised',
  'wet',
  'seal-broken',
)

export const resdesRecord: fc.Arbitrary<ResdesRecord> = fc.record({
  dispatchId: dispatchParts.map(buildDispatchId),
  receivedAt: isoTime,
  office,
  receptacles: fc.uniqueArray(
    fc.record({ id: receptacleId, condition, weightKg: fc.option(kilograms, { nil: null }) }),
    { maxLength: 8, selector: (r) => r.id },
  ),
})

export const consignmentRecord: fc.Arbitrary<ConsignmentRecord> = fc.record({
  consignmentId,
  preparedAt: isoTime,
  origin: placeCode,
  destination: placeCode,
  category: fc.constantFrom('A', 'B', 'C', 'D'),
  carrier,
  transport: fc.array(transportLeg, { maxLength: 3 }),
  receptacles: fc
    .uniqueArray(fc.record({ id: receptacleId, weightKg: kilograms, type: receptacleType }), {
      maxLength: 8,
      selector: (r) => r.id,
    })
    .map((list) => list.map((r) => advice(r.id, r.weightKg, r.type, []))),
})

export const resconRecord: fc.Arbitrary<ResconRecord> = fc.record({
  consignmentId,
  receivedAt: isoTime,
  office,
  receptacles: fc.uniqueArray(fc.record({ id: receptacleId, condition }), {
    maxLength: 8,
    selector: (r) => r.id,
  }),
})

export const resditEvent: fc.Arbitrary<ResditEvent> = fc.record({
  code: fc.constantFrom(...RESDIT_EVENT_LIST.entries.map((e) => e.code)),
  at: isoTime,
  location: placeCode,
  transport: fc.option(fc.record({ carrier, number: trip }), { nil: null }),
  receptacles: fc.uniqueArray(receptacleId, { maxLength: 5 }),
})

export const resditRecord: fc.Arbitrary<ResditRecord> = fc.record({
  consignmentId,
  carrier,
  events: fc.array(resditEvent, { maxLength: 6 }),
})

export const itemEvent: fc.Arbitrary<ItemEvent> = fc.record({
  itemId,
  code: fc.constantFrom(...EMSEVT_EVENT_LIST.entries.map((e) => e.code)),
  at: isoTime,
  office,
  reason: fc.option(fc.stringMatching(/^[A-Z0-9]{1,3}$/), { nil: null }),
  receptacle: fc.option(receptacleId, { nil: null }),
})

export const emsevtRecord: fc.Arbitrary<EmsevtRecord> = fc.record({
  events: fc.array(itemEvent, { maxLength: 8 }),
})

// ---- customs and referral messages ------------------------------------------------------------------

const country = fc.stringMatching(/^[A-Z]{2}$/)
/** Cents, as an amount. */
const amount = fc.integer({ min: 0, max: 999_999_999 }).map((c) => c / 100)
const money = fc.record({ amount, currency: fc.stringMatching(/^[A-Z]{3}$/) })
/** Free text: letters, digits and a little punctuation, including the EDIFACT service characters. */
const freeText = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.'+:?-]{0,40}$/)

export const cusitmRecord: fc.Arbitrary<CusitmRecord> = fc.record({
  itemId,
  destination: country,
  category: fc.stringMatching(/^[A-Z0-9]{1,4}$/),
  total: money,
  sender: fc.record({ name: freeText, country }),
  addressee: fc.record({ name: freeText, country }),
  contents: fc.array(
    fc.record({
      description: freeText,
      quantity: fc.integer({ min: 1, max: 999 }),
      weightKg: kilograms,
      value: amount,
      hsCode: fc.option(fc.stringMatching(/^\d{6,10}$/), { nil: null }),
      origin: fc.option(country, { nil: null }),
    }),
    { maxLength: 5 },
  ),
})

const indicators: CustomsIndicator[] = ['4', '5', '6', '7']

export const cusrspRecord: fc.Arbitrary<CusrspRecord> = fc.record({
  responses: fc.uniqueArray(
    fc.record({
      itemId,
      indicator: fc.constantFrom(...indicators),
      duty: fc.option(money, { nil: null }),
      reason: fc.option(freeText, { nil: null }),
    }),
    { maxLength: 6, selector: (r) => r.itemId },
  ),
})

export const itmrefRecord: fc.Arbitrary<ItmrefRecord> = fc.record({
  referrals: fc.uniqueArray(
    fc.record({
      itemId,
      type: fc.constantFrom('RFI' as const, 'RFS' as const, 'DNL' as const),
      text: fc.option(freeText, { nil: null }),
    }),
    { maxLength: 6, selector: (r) => r.itemId },
  ),
})

export const refrspRecord: fc.Arbitrary<RefrspRecord> = fc.record({
  responses: fc.uniqueArray(
    fc.record({
      itemId,
      code: fc.stringMatching(/^[A-Z0-9]{1,4}$/),
      action: fc.option(freeText, { nil: null }),
    }),
    { maxLength: 6, selector: (r) => r.itemId },
  ),
})
