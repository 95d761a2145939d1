// The bench's items: valid S10 registered letters, all pre-advised for the one destination the
// receptacles are opened for, so that every scan is a full accepted scan (the most work a scan does).
import { formatS10 } from '../../core/ids'

export const BENCH_ORIGIN = 'FRCDGA'
export const BENCH_DESTINATION = 'USORDA'

export function benchItemId(n: number): string {
  return formatS10('RR', String(n).padStart(8, '0'), 'FR')
}

/**
 * `count` items of pass `pass` out of `passes`, spread over the whole manifest so scans touch cold pages
 * as they would at a station. Passes take disjoint residues, so no item is scanned twice in one run.
 */
export function spreadIndexes(count: number, items: number, pass: number, passes: number): number[] {
  const stride = Math.max(1, Math.floor(items / passes / count))
  return Array.from({ length: count }, (_, i) => i * stride * passes + pass)
}
