// What the dispatch documents are drawn from: a plain snapshot of a closed dispatch, taken by whoever closes it,
// so the renderers never touch the manifest and the same snapshot always gives the same bytes.

export interface DocumentOffice {
  /** Six-character IMPC code (UPU code list 108). */
  code: string
  /** Name from the IMPC list, or null when the list does not know the office. */
  name: string | null
}

/** One leg of the planned transport, as printed on every receptacle label of the dispatch. */
export interface DocumentTransport {
  carrier: string
  /** Flight, train or trip number. */
  number: string
  /** Place of departure (IATA code or name). */
  from: string
  to: string
  /** ISO 8601 with offset, or free text when the carrier gave no exact time. */
  departure: string
}

export interface DocumentReceptacle {
  /** Receptacle serial number within the dispatch, 1–999. */
  serial: number
  /** 29-character S9 receptacle identifier. */
  id: string
  /** Receptacle type (bag, tray…) as recorded, or null when unknown. */
  type: string | null
  /** Gross weight in kilograms. */
  weightKg: number
  /** Holds registered or insured items: a red-label receptacle. */
  registered: boolean
  /** The highest-numbered (last) receptacle of the dispatch. */
  highest: boolean
  items: number
}

export interface DocumentItemsOfClass {
  /** Mail class: U letter post, C parcels, E EMS, T empty receptacles. */
  mailClass: string
  items: number
}

export interface DispatchDocumentData {
  /** 20-character S8 dispatch identifier. */
  dispatchId: string
  origin: DocumentOffice
  destination: DocumentOffice
  /** Mail category A–D (UPU code list 115). */
  category: string
  /** Two-character mail subclass (UPU code list 117). */
  subclass: string
  /** Full dispatch year, e.g. 2025 (the S8 id keeps only its last digit). */
  year: number
  /** Dispatch serial number, 1–9999. */
  number: number
  /** Date and time of closing, ISO 8601 with the office's UTC offset; also the PDF's creation date. */
  closedAt: string
  transport: DocumentTransport[]
  receptacles: DocumentReceptacle[]
  itemsByClass: DocumentItemsOfClass[]
  /** S10 ids of the registered and insured items, for the CN 33-style list annexed to the CN 31. */
  registeredItems: string[]
}
