// The shapes of electronic advance data (EAD) as the station keeps it: an ITMATT item with its parties
// and content lines (UPU.md 7.1), the statuses IPS gives an item (UPU.md 5.2, 7.3), and the findings of
// the data-quality rules. Pure types and code lists; the rules themselves are data (./data).

/**
 * An item's EAD status, with the IPS names: ERR error, INC incomplete, RFI request for information,
 * RFS request for (high-risk cargo and mail) screening, DNL do not load, ASC assessment complete.
 * `complete` is what the data-quality rules say of good data before any customs assessment.
 */
export const EAD_STATUSES = [
  'complete',
  'incomplete',
  'error',
  'rfi',
  'rfs',
  'dnl',
  'assessment_complete',
] as const
export type EadStatus = (typeof EAD_STATUSES)[number]

/** What the data alone can say; the other statuses come from customs referrals. */
export const DATA_STATUSES = ['complete', 'incomplete', 'error'] as const
export type DataStatus = (typeof DATA_STATUSES)[number]

/** Customs or the destination's risk assessment (ICS2 referrals, ITMREF): the newest open one wins. */
export const REFERRAL_STATUSES = ['rfi', 'rfs', 'dnl', 'assessment_complete'] as const
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]

/** The statuses that let an item be loaded where the destination requires EAD. */
export const LOADABLE_STATUSES: readonly EadStatus[] = ['complete', 'assessment_complete']

/** The CN 22 / CN 23 categories of item. */
export const CATEGORIES = [
  'gift',
  'documents',
  'commercial_sample',
  'sale_of_goods',
  'returned_goods',
  'other',
] as const
export type Category = (typeof CATEGORIES)[number]

/** Categories whose goods are traded: HS codes are mandatory for them where the destination says so. */
export const COMMERCIAL_CATEGORIES: readonly Category[] = ['sale_of_goods', 'commercial_sample']

export interface Party {
  name: string | null
  /** Street, house number, building… one entry per address line, in the file's order. */
  addressLines: string[]
  postcode: string | null
  city: string | null
  /** As given, upper-cased; a well-formed one is an ISO 3166-1 alpha-2 code. */
  country: string | null
  phone: string | null
  email: string | null
  /** VAT, EORI, IOSS or another tax identifier. */
  taxId: string | null
}

export interface ContentLine {
  description: string | null
  quantity: number | null
  netWeightKg: number | null
  value: number | null
  currency: string | null
  hsCode: string | null
  originCountry: string | null
}

/** A value the file gave that the station could not read; the rules turn each into a finding. */
export interface Unreadable {
  field: string
  value: string
  /** What was expected, in words: "a number", "true or false"… */
  expected: string
}

/** One item of an ITMATT file, read. */
export interface AdvanceItem {
  itemId: string
  /** U, C or E: as the file says, else from the S10 service indicator. */
  mailClass: string | null
  category: Category | null
  gift: boolean | null
  totalValue: number | null
  currency: string | null
  /** Gross weight of the item. */
  totalWeightKg: number | null
  postalCharges: number | null
  postalChargesCurrency: string | null
  originCountry: string | null
  /** The addressee's country unless the file names a destination country. */
  destinationCountry: string | null
  sender: Party
  addressee: Party
  lines: ContentLine[]
  unreadable: Unreadable[]
}

export const FINDING_CODES = [
  'description_missing',
  'description_vague',
  'value_missing',
  'value_implausible',
  'currency_missing',
  'currency_invalid',
  'currency_mismatch',
  'total_mismatch',
  'hs_missing',
  'hs_invalid',
  'address_incomplete',
  'country_invalid',
  'weight_missing',
  'weight_mismatch',
  'line_weight_missing',
  'origin_missing',
  'content_missing',
  'category_missing',
  'category_unknown',
  'gift_conflict',
  'value_unreadable',
] as const
export type FindingCode = (typeof FINDING_CODES)[number]

/** Missing data makes an item incomplete; wrong data puts it in error (IPS INC and ERR). */
export type FindingKind = 'missing' | 'invalid'

/** `block`: the item may not be loaded where EAD is required; `warn`: told, not enforced. */
export type Severity = 'block' | 'warn'

export interface Finding {
  code: FindingCode
  /** The field it is about: `totalValue`, `addressee.city`, `lines[2].hsCode` (lines count from 1). */
  field: string
  severity: Severity
  message: string
}

/** How a destination treats a mail class: EAD always, only when the item holds goods, or never. */
export type EadRequirement = 'always' | 'goods' | 'never'

export interface DestinationRule {
  /** Where the rule comes from, for the screens and the docs. */
  name: string
  /** ISO country codes and IMPC office codes it applies to; `*` is the rule for everywhere else. */
  destinations: readonly string[]
  /** Per mail class (U, C, E); a class not named needs EAD (the safe side). */
  ead: Readonly<Record<string, EadRequirement>>
  /** HS codes required on the content lines of: commercial items, every item with goods, or none. */
  hsCodes: 'commercial' | 'goods' | 'optional'
  /** Findings that are told but do not block; every other finding blocks. */
  warnOnly: readonly FindingCode[]
}

export interface Assessment {
  status: DataStatus
  /** Whether this destination requires EAD for this item (its class and contents). */
  needsEad: boolean
  findings: Finding[]
  /** The blocking findings in words for the person at the scanner; null when nothing blocks. */
  reason: string | null
}
