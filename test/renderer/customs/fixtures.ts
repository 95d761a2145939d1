// Items at Roissy's customs desk as the engine describes them: a registered letter of silk scarves for
// New York (export), held for its invoice, and parcels from the United States for Paris (import).
import type { AdvanceItemView } from '../../../src/api/advance'
import type { CustomsDecision, CustomsQueueEntry } from '../../../src/api/customs'

export const SCARVES = 'RB888000013FR'
export const CARD_HOLDERS = 'RB888000027FR'
export const PARCEL = 'CP000000014US'

/** 2 March 2026 at this local time: times read the same in every time zone the tests run in. */
export function at(hours: number, minutes: number): string {
  return new Date(2026, 2, 2, hours, minutes, 0).toISOString()
}

/** "Now" for the tests: later the same morning. */
export const NOW = new Date(2026, 2, 2, 11, 30, 0)

export function decision(change: Partial<CustomsDecision> = {}): CustomsDecision {
  return {
    id: 1,
    itemId: SCARVES,
    decision: 'hold',
    kind: 'documents_required',
    reason: 'commercial invoice missing',
    note: null,
    duty: null,
    paymentReference: null,
    paidAt: null,
    decidedBy: 'cleo',
    decidedAt: at(9, 40),
    seq: 41,
    itemEvent: 'EXB',
    itemEventReason: 'DOCS',
    ...change,
  }
}

export function entry(change: Partial<CustomsQueueEntry> = {}): CustomsQueueEntry {
  return {
    itemId: SCARVES,
    state: 'presented',
    direction: 'export',
    destination: 'USJFKA',
    value: { amount: 184.5, currency: 'EUR' },
    presentedAt: at(9, 10),
    presentedBy: 'ana',
    ageHours: 2.3,
    hold: null,
    lastDecision: null,
    ...change,
  }
}

export function held(change: Partial<CustomsQueueEntry> = {}): CustomsQueueEntry {
  return entry({
    state: 'held',
    hold: 'documents required: commercial invoice missing',
    lastDecision: decision(),
    ...change,
  })
}

const party = {
  name: null,
  addressLines: [],
  postcode: null,
  city: null,
  country: null,
  phone: null,
  email: null,
  taxId: null,
}

export function advance(change: Partial<AdvanceItemView> = {}): AdvanceItemView {
  return {
    itemId: SCARVES,
    status: 'complete',
    dataStatus: 'complete',
    needsEad: true,
    reason: null,
    referral: null,
    batch: 1,
    file: 'itmatt-0302.xml',
    importedAt: at(8, 5),
    mailClass: 'U',
    category: 'sale_of_goods',
    gift: false,
    totalValue: 184.5,
    currency: 'EUR',
    totalWeightKg: 0.48,
    postalCharges: 14.2,
    postalChargesCurrency: 'EUR',
    originCountry: 'FR',
    destinationCountry: 'US',
    sender: {
      ...party,
      name: 'Atelier Lumière SARL',
      addressLines: ['12 rue des Tanneurs'],
      postcode: '69002',
      city: 'Lyon',
      country: 'FR',
    },
    addressee: {
      ...party,
      name: 'Maria Gonzalez',
      addressLines: ['221 West 57th Street', 'Apt 4B'],
      postcode: '10019',
      city: 'New York',
      country: 'US',
    },
    lines: [
      {
        description: 'Silk scarf, printed',
        quantity: 2,
        netWeightKg: 0.16,
        value: 120,
        currency: 'EUR',
        hsCode: '621410',
        originCountry: 'FR',
      },
      {
        description: 'Leather card holder',
        quantity: 1,
        netWeightKg: 0.09,
        value: 64.5,
        currency: 'EUR',
        hsCode: '420232',
        originCountry: 'IT',
      },
    ],
    findings: [],
    ...change,
  }
}
