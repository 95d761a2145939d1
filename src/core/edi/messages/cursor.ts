// Why this file exists: decoding walks the message's segments in the order of its table. A missing
// mandatory segment, a wrong qualifier or a segment out of place is reported at the spot where it was
// expected, with the tag the table asked for, so the person fixing the file knows what to add or remove.
import type { EdiMessage, Segment, SegmentPosition } from '../types'
import { EdiMappingError } from '../syntax'
import { matchesRow, rowName, type MessageRow } from './table'

export class Cursor {
  private index = 0
  private readonly segments: readonly Segment[]
  private readonly tags: ReadonlySet<string>

  /** `table`: the message's segment table, to tell a misplaced segment from one the mapping never has. */
  constructor(
    private readonly message: EdiMessage,
    table: readonly MessageRow[],
  ) {
    this.segments = message.segments
    this.tags = new Set(table.map((r) => r.tag))
  }

  /** Whether the next segment is one of `r`'s. */
  at(r: MessageRow): boolean {
    const seg = this.segments[this.index]
    return seg !== undefined && matchesRow(seg, r)
  }

  /** The next segment, which must be `r`'s. */
  one(r: MessageRow): Segment {
    const seg = this.segments[this.index]
    if (seg === undefined || !matchesRow(seg, r)) this.missing(r, seg)
    this.index++
    return seg
  }

  optional(r: MessageRow): Segment | null {
    return this.at(r) ? this.one(r) : null
  }

  /** All the consecutive segments of `r`. */
  many(r: MessageRow): Segment[] {
    const out: Segment[] = []
    while (this.at(r)) out.push(this.one(r))
    return out
  }

  /** Nothing may follow the last row of the table. */
  end(): void {
    const seg = this.segments[this.index]
    if (seg !== undefined) {
      throw new EdiMappingError(
        seg,
        null,
        null,
        `Unexpected ${seg.tag} segment: the ${this.message.header.type} mapping has nothing more after the previous segment.`,
      )
    }
  }

  private missing(r: MessageRow, found: Segment | undefined): never {
    const m = r.match
    if (found !== undefined && m !== null && found.tag === r.tag) {
      const value = found.elements[m.element - 1]?.[m.component - 1] ?? ''
      throw new EdiMappingError(
        found,
        m.element,
        m.component,
        `${r.tag} ${m.element}:${m.component} is "${value}" where ${rowName(r)} (${r.meaning}) is expected.`,
      )
    }
    if (found !== undefined && !this.tags.has(found.tag)) {
      throw new EdiMappingError(
        found,
        null,
        null,
        `Unexpected ${found.tag} segment: the ${this.message.header.type} mapping has none; ${rowName(r)} (${r.meaning}) is expected here.`,
      )
    }
    const where = found === undefined ? 'the message ends' : `found ${found.tag}`
    throw new EdiMappingError(
      { tag: r.tag, elements: [], position: this.positionHere(found) },
      null,
      null,
      `Missing ${rowName(r)} (${r.meaning}): ${where} instead.`,
    )
  }

  /** Where a missing segment should have been: at the segment found instead, else after the last one. */
  private positionHere(found: Segment | undefined): SegmentPosition | undefined {
    if (found !== undefined) return found.position
    const last = this.segments[this.segments.length - 1]
    const base = last?.position ?? this.message.position
    return base === undefined ? undefined : { ...base, segment: base.segment + 1 }
  }
}
