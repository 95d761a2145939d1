// The shapes every part of the EDI layer agrees on: a parsed interchange is a list of messages, each a
// list of segments that remember where they were in the file, so any error can name its line, segment
// number, tag and element. Mappings (src/core/edi/messages) turn segments into domain records and back.

/** Where a segment was read from: enough for a person to find it in the file. */
export interface SegmentPosition {
  /** 1-based line of the segment's first character (files often have one segment per line, often not). */
  line: number
  /** 1-based number of the segment in the interchange, UNA not counted, UNB = 1. */
  segment: number
  /** 0-based character offset of the segment's tag in the file. */
  offset: number
}

/**
 * One segment: its tag and its data elements, each a list of components, all unescaped (release characters
 * removed). `elements[0]` is the first element after the tag. An empty element is `['']`.
 */
export interface Segment {
  tag: string
  elements: string[][]
  position?: SegmentPosition
}

/** UNA: the service characters in force (defaults `:+.? '`). */
export interface ServiceChars {
  component: string
  element: string
  decimal: string
  release: string
  /** Reserved in syntax v4 for repetition; a space before it. */
  repetition: string
  segment: string
}

export interface InterchangeHeader {
  /** UNB 1: syntax identifier and version, e.g. UNOC / 3. */
  syntax: { id: string; version: string }
  sender: { id: string; qualifier: string | null }
  recipient: { id: string; qualifier: string | null }
  /** UNB 4: preparation date YYMMDD (or CCYYMMDD in v4) and time HHMM, as written. */
  prepared: { date: string; time: string }
  controlRef: string
  /** UNB 11 test indicator = 1. */
  test: boolean
}

export interface MessageHeader {
  /** UNH 1 */
  ref: string
  /** UNH 2: message type identifier (PREDES…), version, release, controlling agency, association code. */
  type: string
  version: string
  release: string
  agency: string
  association: string | null
}

export interface EdiMessage {
  header: MessageHeader
  /** The segments between UNH and UNT, exclusive. */
  segments: Segment[]
  position?: SegmentPosition
}

export interface Interchange {
  service: ServiceChars
  header: InterchangeHeader
  messages: EdiMessage[]
}

/** One thing wrong with an EDI file, said so that a person can find it. */
export interface EdiIssue {
  message: string
  line: number | null
  segment: number | null
  tag: string | null
  /** 1-based element (data element position after the tag) and component, when the fault is that narrow. */
  element: number | null
  component: number | null
}

/**
 * A mapping between one UPU message type and its domain record, kept as data: the segment table it emits
 * (for documentation and for correcting it without touching code), and the two functions.
 */
export interface SegmentTableRow {
  tag: string
  /** Repeat: '1' exactly once, '?' optional, '*' any number, or a group marker like 'G1*'. */
  occurs: string
  meaning: string
  /** Element-by-element description, e.g. ['1: document code 785', '2: S8 dispatch id']. */
  elements: string[]
  confirmed: boolean
}

export interface MessageMapping<Record> {
  type: string
  version: string
  release: string
  agency: string
  /** What the message is for, in a sentence. */
  purpose: string
  table: readonly SegmentTableRow[]
  encode(record: Record): Segment[]
  /** Throws EdiMappingError (with the segment's position) on anything it cannot read. */
  decode(message: EdiMessage): Record
}
