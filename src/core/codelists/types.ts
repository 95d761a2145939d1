/** A name in the three languages the UPU works in. */
export interface LocalizedName {
  en: string
  fr: string
  es: string
}

/** Envelope shared by every code-list data file, so a list can be corrected and re-versioned without code. */
export interface CodeList<Entry> {
  list: string
  source: string
  version: string
  comment?: string
  entries: readonly Entry[]
}

export type ServiceIndicatorStatus = 'assigned' | 'reserved' | 'unassigned' | 'not_assignable'

/** An inclusive range of two-letter S10 service indicators, e.g. RA–RZ. */
export interface ServiceIndicatorRange {
  from: string
  to: string
  status: ServiceIndicatorStatus
  /** Only for assigned ranges: the mail class (U, C, E) items of this range travel in. */
  mailClass?: string
  name: LocalizedName
  confirmed?: boolean
}

export interface ServiceIndicatorInfo {
  status: ServiceIndicatorStatus
  mailClass?: string
  name: LocalizedName
}

export interface Country {
  code: string
  /** English short name; the UI localises with Intl.DisplayNames. */
  name: string
}

export interface MailCategory {
  code: string
  name: LocalizedName
  /** The paper delivery bill for this category, null where the reference leaves it open. */
  deliveryBill: string | null
  deliveryBillNote?: string
  confirmed?: boolean
}

export interface MailClass {
  code: string
  name: LocalizedName
  confirmed?: boolean
}

export interface MailSubclass {
  code: string
  name: LocalizedName
  /** false: a hypothesis still to be checked against UPU code list 117. */
  confirmed?: boolean
  note?: string
}

export interface ImpcOffice {
  code: string
  country: string
  name: string | null
  /** J1C operator code of the designated operator running the office, where known. */
  operator?: string
  /** A centre designated to receive returned empty bags. */
  emptyBagReturn?: boolean
  confirmed?: boolean
  note?: string
}
