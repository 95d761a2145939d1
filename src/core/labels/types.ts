import type { LocalizedName } from '../codelists'
import type { Dpi, Dpmm } from './resolution'

/**
 * A monochrome picture ready for `^GFA`: a logo, or text drawn by a TextRasteriser. Sizes are in printer dots
 * at the resolution the label is built for; `rowBytes × height` must equal `totalBytes`.
 */
export interface LabelGraphic {
  /** Width in dots (at most rowBytes × 8). */
  width: number
  /** Height in dots. */
  height: number
  rowBytes: number
  totalBytes: number
  /** The `^GFA` payload after the 4th comma: ASCII hex, ACS run-length, or `:Z64:…`/`:B64:…` with CRC. */
  data: string
}

/**
 * Draws text the printer fonts lack (Cyrillic, Arabic, CJK…) as a picture about heightDots tall. Lives outside
 * core (it needs a font engine); the builders only call it.
 */
export type TextRasteriser = (text: string, heightDots: number) => LabelGraphic

export interface LabelOptions {
  dpi: Dpi
  /**
   * Draws text that font 0 cannot print (see needsRaster). Without it such text is still sent as UTF-8 text
   * under `^CI28`, so the label always builds; a printer whose font lacks the glyphs prints blanks or boxes.
   */
  rasterise?: TextRasteriser
  /** Operator logo, printed at the top; made for the label's resolution. */
  logo?: LabelGraphic
}

/** A finished label: the ZPL to send, and what a preview or a test needs to know about it. */
export interface LabelZpl {
  zpl: string
  widthMm: number
  heightMm: number
  dpmm: Dpmm
  /** The data encoded in the label's main Code 128 (an S9 or S10 identifier). */
  barcode: string
  /** Texts sent as graphics rather than printer text, in the order they appear. */
  rasterised: string[]
}

/** ZPL commands for part of a label, e.g. the CN 22 block of an item label. */
export interface LabelBlock {
  zpl: string
  heightMm: number
  rasterised: string[]
}

/** Where a block goes, in millimetres from the label's top-left corner. */
export interface BlockPlacement {
  xMm: number
  yMm: number
  widthMm: number
}

/** One of the three languages the UPU code lists name things in. */
export type UpuLanguage = keyof LocalizedName

/** Transport the dispatch is planned on; printed on every receptacle label of the dispatch. */
export interface PlannedTransport {
  /** Airline or carrier, e.g. `AF` or `Air France`. */
  carrier: string
  /** Flight or other transport number, e.g. `AF0012`. */
  transportNumber: string
  /** Planned departure, as it should read on the label (e.g. `2025-06-01`). */
  departureDate: string
}

export interface ReceptacleLabelData {
  /** The 29-character S9 receptacle identifier. */
  receptacleId: string
  /** Gross weight from the scale; must round to the S9 weight field (tenths of a kilogram). */
  weightKg: number
  /** Office names to print when the IMPC code list lacks them (or to override it). */
  originName?: string
  destinationName?: string
  transport?: PlannedTransport
  /** Language of the category and subclass names from the code lists; English by default. */
  language?: UpuLanguage
}

export interface PostalAddress {
  name: string
  /** Street, building, company…: at most MAX_ADDRESS_LINES lines. */
  lines: readonly string[]
  postcode?: string
  city: string
  /** ISO 3166-1 alpha-2 code, printed as the country's name in capitals. */
  country: string
  phone?: string
}

/** Category boxes of the CN 22 and CN 23. */
export type CustomsCategory =
  'gift' | 'commercial_sample' | 'documents' | 'returned_goods' | 'sale_of_goods' | 'other'

export interface CustomsContentLine {
  quantity: number
  /** Detailed description: "2 cotton T-shirts", not "clothes". */
  description: string
  netWeightKg: number
  /** Value in the declaration's currency. */
  value: number
  /** HS tariff number (6-digit WCO), for commercial items. */
  hsCode?: string
  /** ISO 3166-1 alpha-2 country of origin of the goods, for commercial items. */
  originCountry?: string
}

/** What both customs forms declare. */
export interface CustomsDeclaration {
  /** Designated operator, printed on the form. */
  operator?: string
  category: CustomsCategory
  /** Explanation of the category; expected with `other`. */
  explanation?: string
  contents: readonly CustomsContentLine[]
  /** ISO 4217 currency of every value on the form. */
  currency: string
  /** Defaults to the sum of the net weights. */
  totalGrossWeightKg?: number
  /** Sender's signature and its date, as they should read on the form. */
  signature?: { name: string; date: string }
}

/** The CN 23 adds the parties, references and documents to the declaration. */
export interface Cn23Declaration extends CustomsDeclaration {
  /** S10 identifier of the item the form travels with. */
  itemId: string
  sender: PostalAddress
  addressee: PostalAddress
  senderReference?: string
  /** Importer's tax code, VAT number or importer code. */
  importerReference?: string
  /** Importer's fax or e-mail. */
  importerContact?: string
  /** Postal charges and fees, in the declaration's currency. */
  postalCharges?: number
  /** Comments, e.g. goods subject to quarantine or other restrictions. */
  comments?: string
  licenceNumbers?: string
  certificateNumbers?: string
  invoiceNumber?: string
  officeOfOrigin: string
  dateOfPosting: string
}

export interface ItemLabelHeader {
  /** The operator's name, beside or instead of its logo. */
  operator: string
  /** The product, e.g. `Tracked Packet`, printed large. */
  product: string
}

export interface ItemLabelData {
  /** The 13-character S10 item identifier. */
  itemId: string
  header: ItemLabelHeader
  sender: PostalAddress
  addressee: PostalAddress
  /** CN 22 printed in the label's bottom block; see customsFormFor for when a CN 23 is needed instead. */
  customs?: CustomsDeclaration
}
