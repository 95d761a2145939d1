// Why this file exists: the segment table of each message is data, not prose. Decode recognises a segment
// by the row's tag and (where two rows share a tag) the fixed value in one component, usually the
// qualifier; the docs under docs/edi are rendered from the same rows. A post holding the real UPU
// specification corrects a row here and both the code and the documentation follow.
import { element } from '../syntax'
import type { Segment, SegmentTableRow } from '../types'

/** Which component tells this row's segment apart from others with the same tag (1-based positions). */
export interface RowMatch {
  element: number
  component: number
  value: string
}

/**
 * A segment table row with what decode needs to recognise it. `occurs` uses '1', '?', '*', '+' for
 * segments at message level; 'G2*' (or 'G2+', 'G2?') on the first segment of group 2, which repeats as
 * the suffix says; and 'G2:1', 'G2:?', 'G2:*' on the segments inside group 2.
 */
export interface MessageRow extends SegmentTableRow {
  match: RowMatch | null
}

export function row(
  tag: string,
  occurs: string,
  meaning: string,
  elements: string[],
  match: RowMatch | null = null,
): MessageRow {
  return { tag, occurs, meaning, elements, confirmed: false, match }
}

/** The common case: the qualifier in element 1, component 1. */
export function qualifier(value: string): RowMatch {
  return { element: 1, component: 1, value }
}

export function matchesRow(seg: Segment, r: MessageRow): boolean {
  if (seg.tag !== r.tag) return false
  return r.match === null || element(seg, r.match.element, r.match.component) === r.match.value
}

/** "DTM+137" or "GIS (1:2 = 115)": how a row is named in a message to a person. */
export function rowName(r: MessageRow): string {
  if (r.match === null) return r.tag
  const { element, component: c, value } = r.match
  return element === 1 && c === 1 ? `${r.tag}+${value}` : `${r.tag} (${element}:${c} = ${value})`
}
