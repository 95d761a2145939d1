import type { Finding } from './types'

export type CharClass = 'letter' | 'digit' | 'alnum'

/** One fixed-width field of an identifier, named the way a postal worker would name it. */
export interface Segment {
  field: string
  cls: CharClass
  length: number
}

export type Layout = readonly Segment[]

const TESTS: Record<CharClass, RegExp> = { letter: /^[A-Z]$/, digit: /^[0-9]$/, alnum: /^[A-Z0-9]$/ }
const TAKES: Record<CharClass, string> = {
  letter: 'letters A–Z only',
  digit: 'digits only',
  alnum: 'letters A–Z and digits only',
}

export function layoutLength(layout: Layout): number {
  return layout.reduce((n, s) => n + s.length, 0)
}

function positions(layout: Layout): { segment: Segment; position: number }[] {
  const out: { segment: Segment; position: number }[] = []
  for (const segment of layout) {
    for (let i = 0; i < segment.length; i++) out.push({ segment, position: out.length + 1 })
  }
  return out
}

/** Printable ASCII is shown as itself; anything else also by code point, since it may be invisible. */
export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
  if (cp > 0x20 && cp < 0x7f) return `'${ch}'`
  return cp > 0x7f && !/\p{C}/u.test(ch) ? `'${ch}' (${hex})` : hex
}

/** "position 13" or "positions 14–15", 1-based. */
export function positionText(start: number, length: number): string {
  return length === 1 ? `position ${start}` : `positions ${start}–${start + length - 1}`
}

/** How many characters do not fit the layout; the input must have the layout's length. */
export function countMismatches(chars: readonly string[], layout: Layout): number {
  return positions(layout).filter(
    ({ segment, position }) => !TESTS[segment.cls].test(chars[position - 1] ?? ''),
  ).length
}

/** One `characters` error per character that does not fit its field. */
export function characterErrors(chars: readonly string[], layout: Layout): Finding[] {
  const errors: Finding[] = []
  for (const { segment, position } of positions(layout)) {
    const ch = chars[position - 1] ?? ''
    if (TESTS[segment.cls].test(ch)) continue
    errors.push({
      code: 'characters',
      message: `Character ${describeChar(ch)} at position ${position} is not allowed: the ${segment.field} takes ${TAKES[segment.cls]}.`,
      params: { char: ch, position, field: segment.field, expected: segment.cls },
    })
  }
  return errors
}
