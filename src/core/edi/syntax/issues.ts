// Every problem the syntax layer finds becomes an EdiIssue naming where it is (line, segment number, tag,
// element, component), because the person who fixes a partner's file needs to find the spot. The list is
// capped so that a hostile file cannot make the list of its own faults the problem.
import type { EdiIssue, SegmentPosition } from '../types'

/** At most this many issues are kept; the rest are counted in one closing issue. */
export const MAX_ISSUES = 100

export interface IssueLocation {
  line?: number | null
  segment?: number | null
  tag?: string | null
  element?: number | null
  component?: number | null
}

export function makeIssue(message: string, where: IssueLocation = {}): EdiIssue {
  return {
    message,
    line: where.line ?? null,
    segment: where.segment ?? null,
    tag: where.tag ?? null,
    element: where.element ?? null,
    component: where.component ?? null,
  }
}

/** The location of a segment (and optionally one of its elements/components, 1-based). */
export function locate(
  seg: { tag: string; position?: SegmentPosition },
  element: number | null = null,
  component: number | null = null,
): IssueLocation {
  return {
    line: seg.position?.line ?? null,
    segment: seg.position?.segment ?? null,
    tag: seg.tag,
    element,
    component,
  }
}

/** "line 4, segment 12 (GID), element 2, component 1" — how a person is told where to look. */
export function describeLocation(issue: EdiIssue): string {
  const parts: string[] = []
  if (issue.line !== null) parts.push(`line ${issue.line}`)
  if (issue.segment !== null) parts.push(`segment ${issue.segment}${issue.tag ? ` (${issue.tag})` : ''}`)
  else if (issue.tag) parts.push(issue.tag)
  if (issue.element !== null) parts.push(`element ${issue.element}`)
  if (issue.component !== null) parts.push(`component ${issue.component}`)
  return parts.join(', ')
}

/** The issue as one line of text: its location, then what is wrong. */
export function describeIssue(issue: EdiIssue): string {
  const where = describeLocation(issue)
  return where ? `${where}: ${issue.message}` : issue.message
}

export class IssueList {
  private readonly items: EdiIssue[] = []
  private dropped = 0

  constructor(private readonly cap: number = MAX_ISSUES) {}

  add(message: string, where: IssueLocation = {}): void {
    if (this.items.length < this.cap) this.items.push(makeIssue(message, where))
    else this.dropped++
  }

  get count(): number {
    return this.items.length + this.dropped
  }

  finish(): EdiIssue[] {
    if (this.dropped === 0) return this.items
    return [
      ...this.items,
      makeIssue(`${this.dropped} more issue(s) not listed; the first ${this.cap} are above.`),
    ]
  }
}

/** A short, printable excerpt of raw text for a message ("UNB+UNOC:3+…"). */
export function excerpt(text: string, max = 24): string {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text
  return JSON.stringify(shown)
}
