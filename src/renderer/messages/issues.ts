// Why a partner's file was quarantined: the engine keeps every issue as one line, "line 4, segment 3
// (RFF), element 2: what is wrong" (core/edi/syntax/issues.ts, describeIssue). Read back into its parts,
// the place is said in the person's language and the engine's sentence is kept as it wrote it.
import type { Translate } from '../i18n/languages'

export interface IssueLine {
  line: number | null
  segment: number | null
  tag: string | null
  element: number | null
  component: number | null
  /** The engine's sentence (English). */
  message: string
}

const LOCATED =
  /^(?:line (\d+))?(?:(?:^|, )segment (\d+)(?: \(([A-Z0-9]{3})\))?|(?:^|, )([A-Z]{3}))?(?:(?:^|, )element (\d+))?(?:(?:^|, )component (\d+))?: (.+)$/

function number(text: string | undefined): number | null {
  return text === undefined ? null : Number(text)
}

export function parseIssueLine(text: string): IssueLine {
  const match = LOCATED.exec(text)
  const unplaced = { line: null, segment: null, tag: null, element: null, component: null, message: text }
  if (!match) return unplaced
  const [, line, segment, segmentTag, bareTag, element, component, message] = match
  // "…: …" with no place before the colon is a sentence that has a colon in it, not a place.
  if ([line, segment, bareTag, element, component].every((part) => part === undefined)) return unplaced
  return {
    line: number(line),
    segment: number(segment),
    tag: segmentTag ?? bareTag ?? null,
    element: number(element),
    component: number(component),
    message: message ?? '',
  }
}

/** Every issue of a quarantine reason, one per line; blank lines are not issues. */
export function issueLines(reason: string | null): IssueLine[] {
  if (!reason) return []
  return reason
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(parseIssueLine)
}

/** Where to look, in the person's language: "ligne 4, segment 3 (RFF), élément 2"; '' when not placed. */
export function issueWhere(issue: IssueLine, t: Translate): string {
  const parts: string[] = []
  if (issue.line !== null) parts.push(t('issue.line', { n: issue.line }))
  if (issue.segment !== null) {
    parts.push(
      issue.tag
        ? t('issue.segmentTag', { n: issue.segment, tag: issue.tag })
        : t('issue.segment', { n: issue.segment }),
    )
  } else if (issue.tag) parts.push(issue.tag)
  if (issue.element !== null) parts.push(t('issue.element', { n: issue.element }))
  if (issue.component !== null) parts.push(t('issue.component', { n: issue.component }))
  return parts.join(', ')
}
