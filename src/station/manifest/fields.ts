// What a manifest line says about an item, checked field by field. Column names are matched loosely
// (case, spaces, dashes and underscores ignored; a few common spellings) because manifests come from
// many senders' systems.
import { serviceIndicatorInfo } from '../../core/codelists'
import { identify } from '../../core/ids'
import { ImportError } from '../errors'
import { cleanItemId } from '../scan/clean-id'

export const MANIFEST_FIELDS = [
  'itemId',
  'destinationCountry',
  'destinationOffice',
  'weightKg',
  'contentsType',
  'sender',
  'addressee',
] as const
export type ManifestField = (typeof MANIFEST_FIELDS)[number]

const ALIASES: Record<ManifestField, readonly string[]> = {
  itemId: [
    'itemid',
    'item',
    'itemidentifier',
    'itemno',
    'itemnumber',
    's10',
    's10id',
    'id',
    'barcode',
    'trackingnumber',
  ],
  destinationCountry: [
    'destinationcountry',
    'destcountry',
    'destinationcountrycode',
    'country',
    'countrycode',
    'tocountry',
  ],
  destinationOffice: [
    'destinationoffice',
    'destoffice',
    'destinationimpc',
    'destimpc',
    'impc',
    'office',
    'destinationoe',
    'tooffice',
  ],
  weightKg: ['weightkg', 'weight', 'grossweight', 'grossweightkg', 'weightinkg', 'kg'],
  contentsType: ['contentstype', 'contenttype', 'contents', 'content', 'natureofcontents', 'typeofcontents'],
  sender: ['sender', 'sendername', 'shipper', 'from'],
  addressee: ['addressee', 'addresseename', 'recipient', 'recipientname', 'consignee', 'receiver', 'to'],
}

const BY_ALIAS = new Map<string, ManifestField>(
  MANIFEST_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [alias, field] as const)),
)

/** The manifest field a column name or JSON key stands for; undefined for columns the station ignores. */
export function fieldOf(name: string): ManifestField | undefined {
  return BY_ALIAS.get(name.toLowerCase().replace(/[^a-z0-9]/g, ''))
}

const CONTENTS: Record<string, string> = {
  documents: 'documents',
  document: 'documents',
  merchandise: 'merchandise',
  goods: 'merchandise',
  saleofgoods: 'merchandise',
  gift: 'gift',
  gifts: 'gift',
  sample: 'sample',
  samples: 'sample',
  commercialsample: 'sample',
  returned: 'returned',
  returnedgoods: 'returned',
  other: 'other',
}

export interface ManifestItem {
  id: string
  mailClass: string | null
  country: string | null
  office: string | null
  weightKg: number | null
  contentsType: string | null
  sender: string | null
  addressee: string | null
  /** What is inside is declared: the item carries advance data customs can use. */
  ead: boolean
}

export type RawRecord = Partial<Record<ManifestField, unknown>>

const MAX_TEXT = 500
const classes = new Map<string, string | null>()

function mailClassOf(id: string): string | null {
  const si = id.slice(0, 2)
  let known = classes.get(si)
  if (known === undefined) {
    known = serviceIndicatorInfo(si)?.mailClass ?? null
    classes.set(si, known)
  }
  return known
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null
  const s = (typeof value === 'string' ? value : String(value)).trim()
  return s === '' ? null : s
}

export class LineReader {
  constructor(private readonly where: string) {}

  private fail(line: number, field: ManifestField, problem: string): never {
    throw new ImportError(line, `${this.where} line ${line}, ${field}: ${problem}`)
  }

  private itemId(line: number, value: string | null): string {
    if (value === null) this.fail(line, 'itemId', 'missing; every line needs the S10 item identifier.')
    const clean = cleanItemId(value)
    if (clean) return clean
    const id = identify(value)
    if (id.kind === 'item' && id.valid) return id.normalized
    this.fail(
      line,
      'itemId',
      `"${value}" is not a valid S10 item identifier: ${id.errors[0]?.message ?? 'unknown format.'}`,
    )
  }

  private weight(line: number, value: string | null): number | null {
    if (value === null) return null
    const kg = Number(/^\d+,\d+$/.test(value) ? value.replace(',', '.') : value)
    if (!Number.isFinite(kg) || kg <= 0 || kg > 999.8) {
      this.fail(
        line,
        'weightKg',
        `"${value}" is not a weight: give kilograms, more than 0 and at most 999.8.`,
      )
    }
    return kg
  }

  private limited(line: number, field: ManifestField, value: string | null): string | null {
    if (value !== null && value.length > MAX_TEXT)
      this.fail(line, field, `longer than ${MAX_TEXT} characters.`)
    return value
  }

  read(line: number, raw: RawRecord): ManifestItem {
    const id = this.itemId(line, text(raw.itemId))
    const country = text(raw.destinationCountry)?.toUpperCase() ?? null
    const office = text(raw.destinationOffice)?.toUpperCase() ?? null
    if (country === null && office === null) {
      this.fail(
        line,
        'destinationCountry',
        'missing; give the destination country, the destination office, or both.',
      )
    }
    if (country !== null && !/^[A-Z]{2}$/.test(country)) {
      this.fail(line, 'destinationCountry', `"${country}" is not a 2-letter country code.`)
    }
    if (office !== null && !/^[A-Z]{6}$/.test(office)) {
      this.fail(line, 'destinationOffice', `"${office}" is not a 6-letter IMPC office code.`)
    }
    const contentsRaw = text(raw.contentsType)
    const contentsType =
      contentsRaw === null ? null : CONTENTS[contentsRaw.toLowerCase().replace(/[^a-z]/g, '')]
    if (contentsType === undefined) {
      this.fail(
        line,
        'contentsType',
        `"${contentsRaw}" is unknown: use documents, merchandise, gift, sample, returned or other.`,
      )
    }
    return {
      id,
      mailClass: mailClassOf(id),
      country,
      office,
      weightKg: this.weight(line, text(raw.weightKg)),
      contentsType,
      sender: this.limited(line, 'sender', text(raw.sender)),
      addressee: this.limited(line, 'addressee', text(raw.addressee)),
      ead: contentsType !== null,
    }
  }
}
