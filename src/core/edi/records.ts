// The domain records the UPU messages carry, independent of their EDIFACT form. The station builds them
// from its manifest (outbound) and applies them to it (inbound); the mappings in ./messages turn them into
// segments and back. Times are ISO 8601 with their offset, as the office's local time was when it happened.

/** One planned or actual leg of transport. */
export interface TransportLeg {
  /** Carrier code (IATA airline code, or a road/rail operator's code). */
  carrier: string
  /** Flight or trip number, e.g. AF0012. */
  number: string
  /** Departure and arrival places: IATA airport codes or IMPC office codes. */
  from: string
  to: string
  departure: string
  arrival: string | null
  /** UN/EDIFACT mode of transport: 1 sea, 3 road, 2 rail, 4 air. */
  mode: '1' | '2' | '3' | '4'
}

export interface ReceptacleAdvice {
  /** The 29-character S9. */
  id: string
  weightKg: number
  /** UPU receptacle type code (BG bag, BX box, PL pallet…); UNCONFIRMED code list. */
  type: string | null
  registered: boolean
  /** The highest-numbered receptacle of its dispatch. */
  highest: boolean
  /** Items inside (S10), for PREDES v2.1 item-level membership; empty when not given. */
  items: string[]
}

/** PREDES: origin OE → destination OE at dispatch closure. */
export interface PredesRecord {
  /** The 20-character S8. */
  dispatchId: string
  origin: string
  destination: string
  category: string
  subclass: string
  closedAt: string
  transport: TransportLeg[]
  receptacles: ReceptacleAdvice[]
}

export type ReceptacleCondition = 'received' | 'missing' | 'damaged' | 'unadvised' | 'wet' | 'seal-broken'

/** RESDES: destination OE → origin OE on receipt of a dispatch's receptacles. */
export interface ResdesRecord {
  dispatchId: string
  receivedAt: string
  /** Where it was received (IMPC). */
  office: string
  receptacles: Array<{ id: string; condition: ReceptacleCondition; weightKg: number | null }>
}

/** CARDIT (to the carrier) and PRECON (to the destination post) share the consignment's content. */
export interface ConsignmentRecord {
  /** The consignment's reference, unique per origin post and year. */
  consignmentId: string
  preparedAt: string
  origin: string
  destination: string
  category: string
  /** The carrier the receptacles are handed to (CARDIT) or that carries them (PRECON). */
  carrier: string
  transport: TransportLeg[]
  receptacles: ReceptacleAdvice[]
}

export type CarditRecord = ConsignmentRecord
export type PreconRecord = ConsignmentRecord

/** RESCON: destination post → origin post: which receptacles of a consignment it took over. */
export interface ResconRecord {
  consignmentId: string
  receivedAt: string
  office: string
  receptacles: Array<{ id: string; condition: ReceptacleCondition }>
}

/** RESDIT event codes as carriers send them (UPU.md 4.2); kept as data in ./codes. */
export type ResditEventCode = '74' | '6' | '48' | '24' | '41' | '42' | '43' | '57' | '82' | '21'

export interface ResditEvent {
  code: ResditEventCode
  at: string
  /** Where (IATA airport or IMPC office code). */
  location: string
  /** The carrier's flight or trip, when the event concerns one. */
  transport: { carrier: string; number: string } | null
  receptacles: string[]
}

/** RESDIT: carrier → post, custody events on a consignment's receptacles. */
export interface ResditRecord {
  consignmentId: string
  carrier: string
  events: ResditEvent[]
}

/** One item event (EMSEVT). `code` is a UPU event code such as EMB, EMC, EXA, EDB. */
export interface ItemEvent {
  itemId: string
  code: string
  /** Local time with its offset, e.g. 2026-03-14T10:30:00+01:00. */
  at: string
  /** The IMPC code of the office where it happened. */
  office: string
  /** Reason / measure codes where the event has them (UNCONFIRMED code lists). */
  reason: string | null
  /** Receptacle (S9) the item was in, when known. */
  receptacle: string | null
}

/** EMSEVT: item events to partner posts. */
export interface EmsevtRecord {
  events: ItemEvent[]
}

/** An amount of money in a currency (ISO 4217, three letters). */
export interface Money {
  amount: number
  currency: string
}

export interface CustomsParty {
  name: string
  /** ISO 3166-1 alpha-2. */
  country: string
}

export interface CustomsContentLine {
  description: string
  quantity: number
  weightKg: number
  /** Value of the line, in the item's declared currency. */
  value: number
  /** HS tariff code, 6 to 10 digits, when declared. */
  hsCode: string | null
  /** Country of origin (ISO 3166-1 alpha-2), when declared. */
  origin: string | null
}

/** CUSITM (M43): post → its customs, one item's declaration (the CN 22 / CN 23 in data). */
export interface CusitmRecord {
  itemId: string
  /** Destination country (ISO 3166-1 alpha-2). */
  destination: string
  /** Declared category code (gift, sale of goods…; code list UNCONFIRMED). */
  category: string
  total: Money
  sender: CustomsParty
  addressee: CustomsParty
  contents: CustomsContentLine[]
}

/** DE 7365-like processing indicators: 4 released, 5 examination, 6 documents, 7 detained (UNCONFIRMED). */
export type CustomsIndicator = '4' | '5' | '6' | '7'

export interface CustomsResponse {
  itemId: string
  indicator: CustomsIndicator
  duty: Money | null
  reason: string | null
}

/** CUSRSP (M44): customs → post, its decision on each item. */
export interface CusrspRecord {
  responses: CustomsResponse[]
}

export type ReferralType = 'RFI' | 'RFS' | 'DNL'

/** ITMREF: destination post → origin post, a referral raised by destination customs or security. */
export interface ItmrefRecord {
  referrals: Array<{ itemId: string; type: ReferralType; text: string | null }>
}

/** REFRSP: origin post → destination post, the answer to an ITMREF. */
export interface RefrspRecord {
  responses: Array<{ itemId: string; code: string; action: string | null }>
}

export interface RecordsByType {
  PREDES: PredesRecord
  RESDES: ResdesRecord
  CARDIT: CarditRecord
  PRECON: PreconRecord
  RESCON: ResconRecord
  RESDIT: ResditRecord
  EMSEVT: EmsevtRecord
  CUSITM: CusitmRecord
  CUSRSP: CusrspRecord
  ITMREF: ItmrefRecord
  REFRSP: RefrspRecord
}

export type UpuMessageType = keyof RecordsByType
