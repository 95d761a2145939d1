// The one way a message mapping says "I cannot read this": it throws an EdiMappingError at the segment
// (and element, component) it was reading, so the file's quarantine reason names the spot exactly like a
// syntax issue does. Anything else a mapping throws is a bug and is left to crash loudly.
import type { EdiIssue, EdiMessage, Segment } from '../types'
import { describeIssue, locate, makeIssue } from './issues'

export class EdiMappingError extends Error {
  readonly issue: EdiIssue

  /**
   * @param at the segment being read, or the message (located at its UNH) when a segment is missing.
   * @param element 1-based data element position, or null.
   * @param component 1-based component position, or null.
   * @param message what is wrong and what was expected, in plain words.
   */
  constructor(
    at: Segment | EdiMessage | null,
    element: number | null,
    component: number | null,
    message: string,
  ) {
    const where =
      at === null
        ? {}
        : 'header' in at
          ? locate({ tag: 'UNH', position: at.position }, element, component)
          : locate(at, element, component)
    const issue = makeIssue(message, where)
    super(describeIssue(issue))
    this.name = 'EdiMappingError'
    this.issue = issue
  }
}

/** The issue an EdiMappingError carries. Any other error is a bug, not a fault of the file: rethrown. */
export function issueFromError(e: unknown): EdiIssue {
  if (e instanceof EdiMappingError) return e.issue
  throw e
}
