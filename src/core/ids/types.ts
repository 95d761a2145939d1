export type IdKind = 'item' | 'dispatch' | 'receptacle' | 'office' | 'unknown'

/**
 * One thing wrong (error) or worth a second look (warning). `message` is an English sentence for the person
 * at the screen; `code` and `params` let the UI translate it.
 */
export interface Finding {
  code: string
  message: string
  params?: Record<string, string | number>
}

/** S10 item identifier, `AA NNNNNNNN C BB`. */
export interface ItemFields {
  serviceIndicator: string
  /** English meaning of an assigned service indicator; null when reserved, unassigned or not assignable. */
  service: string | null
  /** The 8 serial digits, without the check digit. */
  serial: string
  /** The check digit as printed, even when it is wrong. */
  checkDigit: number
  country: string
}

/** S8 dispatch identifier (20 characters). */
export interface DispatchFields {
  origin: string
  destination: string
  category: string
  subclass: string
  /** First character of the subclass. */
  mailClass: string
  /** Last digit of the dispatch year, as printed. */
  year: number
  dispatchNumber: number
}

/** S9 receptacle identifier (29 characters): the dispatch identifier plus the receptacle's own data. */
export interface ReceptacleFields extends DispatchFields {
  receptacleSerial: number
  /** Highest-numbered receptacle of the dispatch: 1 true, 0 false, 9 (not given) null. */
  highest: boolean | null
  /** Contains registered or insured items: 1 true, 0 false, 9 (not given) null. */
  registered: boolean | null
  /** Gross weight; printed in tenths of a kilogram. */
  weightKg: number
}

/** IMPC (office of exchange) code, `CC LLL X`. */
export interface OfficeFields {
  country: string
  location: string
  name: string | null
}

export interface Identification {
  /** The raw input, unchanged. */
  input: string
  normalized: string
  kind: IdKind
  /** errors.length === 0 */
  valid: boolean
  errors: Finding[]
  warnings: Finding[]
  fields: ItemFields | DispatchFields | ReceptacleFields | OfficeFields | Record<string, never>
  /** AIM symbology identifier the scanner put in front of the data (e.g. `]C0`), if any. */
  symbology: string | null
}

/** What a parser of one kind found in an already normalised string. */
export interface Reading<Fields> {
  fields: Fields | Record<string, never>
  errors: Finding[]
  warnings: Finding[]
}

/** Parts the engine holds when it closes a dispatch; `year` is the last digit of the year (0–9). */
export type DispatchIdParts = Omit<DispatchFields, 'mailClass'>

/** Parts the engine holds when it closes a receptacle; `weightKg` is rounded to the nearest 0.1 kg. */
export type ReceptacleIdParts = Omit<ReceptacleFields, 'mailClass'>
