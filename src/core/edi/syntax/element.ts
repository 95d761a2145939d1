// Reading a data element of a parsed segment by its EDIFACT position. Both positions are 1-based, as in
// segment tables ("UNH 2:1 is the message type") and as EdiIssue reports them, so that the numbers in a
// mapping, in its segment table and in an error message are the same numbers.
import type { Segment } from '../types'

/**
 * Component `c` of data element `i` of a segment, both 1-based (`element(unh, 2, 1)` is the message type
 * of `UNH+1+PREDES:2:1:UP'`). Returns '' when the element or component is absent. Positions below 1 are
 * a bug in the caller and throw.
 */
export function element(seg: Segment, i: number, c = 1): string {
  if (!Number.isInteger(i) || i < 1 || !Number.isInteger(c) || c < 1) {
    throw new RangeError(`EDIFACT positions are 1-based integers, got element ${i}, component ${c}`)
  }
  return seg.elements[i - 1]?.[c - 1] ?? ''
}

/** How many data elements the segment has, as written (trailing empty ones included). */
export function elementCount(seg: Segment): number {
  return seg.elements.length
}
