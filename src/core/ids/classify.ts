import { OFFICE_LAYOUT } from './impc'
import { countMismatches, layoutLength, type Layout } from './layout'
import { ITEM_LAYOUT } from './s10'
import { DISPATCH_LAYOUT, DISPATCH_LENGTH } from './s8'
import { RECEPTACLE_LAYOUT, RECEPTACLE_LENGTH } from './s9'
import type { IdKind } from './types'

type KnownKind = Exclude<IdKind, 'unknown'>

const LAYOUTS: readonly (readonly [KnownKind, Layout])[] = [
  ['item', ITEM_LAYOUT],
  ['dispatch', DISPATCH_LAYOUT],
  ['receptacle', RECEPTACLE_LAYOUT],
  ['office', OFFICE_LAYOUT],
]

// Letters–digits–letters with a digit too few or too many: a mistyped or truncated item identifier.
const ITEM_NEAR_MISS = /^[A-Z]{1,3}[0-9]{7,11}[A-Z]{1,3}$/
// Letters then digits, around 15 letters: a dispatch or receptacle identifier cut short or overrun.
const DISPATCH_NEAR_MISS = /^[A-Z]{12,17}[0-9]{1,20}$/

/**
 * Which kind of identifier the normalised text is meant to be, so that errors speak about the right format.
 * At the exact length of a kind, a few stray characters (a quarter of the length at most) still count as that
 * kind: "character 5 is wrong" helps more than "unknown". A product barcode (13 digits) or a word does not.
 * At any other length only the clear letter/digit shapes of items and dispatches count as near misses; a short
 * word is never taken for an office code.
 */
export function classify(normalized: string): IdKind {
  const chars = Array.from(normalized)
  const exact = LAYOUTS.find(([, layout]) => layoutLength(layout) === chars.length)
  if (exact) {
    const [kind, layout] = exact
    return countMismatches(chars, layout) <= Math.floor(chars.length / 4) ? kind : 'unknown'
  }
  if (ITEM_NEAR_MISS.test(normalized)) return 'item'
  if (DISPATCH_NEAR_MISS.test(normalized)) {
    const toDispatch = Math.abs(chars.length - DISPATCH_LENGTH)
    return toDispatch < Math.abs(chars.length - RECEPTACLE_LENGTH) ? 'dispatch' : 'receptacle'
  }
  return 'unknown'
}
