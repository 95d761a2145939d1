import { classify } from './classify'
import { OFFICE_LENGTH } from './impc'
import { describeChar } from './layout'
import { ITEM_LENGTH } from './s10'
import { DISPATCH_LENGTH } from './s8'
import { RECEPTACLE_LENGTH } from './s9'
import type { Finding, IdKind } from './types'

const EXACT_LENGTHS = [ITEM_LENGTH, DISPATCH_LENGTH, RECEPTACLE_LENGTH, OFFICE_LENGTH]
const ID_CHAR = /^[A-Z0-9]$/
const EXPECTED =
  'an item identifier has 13 characters, a dispatch identifier 20, a receptacle identifier 29 and an office of exchange code 6'

/** What to say about text that is no kind of identifier. */
export function unrecognizedFinding(normalized: string): Finding {
  const length = Array.from(normalized).length
  // At a kind's exact length the length is not the problem, the content is: that gets a code of its own.
  return EXACT_LENGTHS.includes(length)
    ? {
        code: 'unrecognized',
        message: `Not a postal identifier: it has ${length} characters, but not in the pattern of any identifier (${EXPECTED}).`,
        params: { length },
      }
    : {
        code: 'length',
        message: `Not a postal identifier: it has ${length} characters, but ${EXPECTED}.`,
        params: { length },
      }
}

/**
 * Text that becomes a well-formed identifier once a few foreign characters are dropped (a Code 39 `*`, a
 * trailing `/`, a `.` typed for a space): those characters are reported where they stand, under the kind the
 * rest belongs to, rather than the whole being called unknown.
 */
export function strayCharacters(normalized: string): { kind: IdKind; errors: Finding[] } | null {
  const chars = Array.from(normalized)
  const kept = chars.filter((c) => ID_CHAR.test(c)).join('')
  if (kept.length === chars.length || !EXACT_LENGTHS.includes(kept.length)) return null
  const kind = classify(kept)
  if (kind === 'unknown') return null
  const errors = chars.flatMap((ch, i): Finding[] =>
    ID_CHAR.test(ch)
      ? []
      : [
          {
            code: 'characters',
            message: `Character ${describeChar(ch)} at position ${i + 1} is not allowed: identifiers take letters A–Z and digits only.`,
            params: { char: ch, position: i + 1 },
          },
        ],
  )
  return { kind, errors }
}
