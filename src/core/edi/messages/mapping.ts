// Why this file exists: every mapping is built the same way, and its decode first checks UNH 2 against
// the mapping's identifier (kept as data, every one UNCONFIRMED: UPU.md §4.3), so that a PREDES v1 is
// never read as if it were v2.1, nor a CARDIT as a PRECON.
import { EdiMappingError } from '../syntax'
import type { EdiMessage, MessageMapping, Segment } from '../types'
import type { MessageRow } from './table'

/** UNH 2 of a mapping: kept as data, every one UNCONFIRMED (UPU.md §4.3). */
export interface MessageIdentifier {
  type: string
  version: string
  release: string
  agency: string
}

/**
 * A mapping whose decode first checks UNH 2 against the mapping's identifier, so that a PREDES v1 is not
 * read as if it were v2.1.
 */
export function defineMapping<R>(
  id: MessageIdentifier,
  purpose: string,
  table: readonly MessageRow[],
  encode: (record: R) => Segment[],
  decodeBody: (message: EdiMessage) => R,
): MessageMapping<R> {
  return {
    ...id,
    purpose,
    table,
    encode,
    decode(message) {
      checkHeader(message, id)
      return decodeBody(message)
    },
  }
}

function checkHeader(message: EdiMessage, id: MessageIdentifier): void {
  const unh = { tag: 'UNH', elements: [], position: message.position }
  const h = message.header
  const found = `${h.type}:${h.version}:${h.release}:${h.agency}`
  const wanted = `${id.type}:${id.version}:${id.release}:${id.agency}`
  const checks: [string, string, number, string][] = [
    [h.type, id.type, 1, 'message type'],
    [h.version, id.version, 2, 'message version'],
    [h.release, id.release, 3, 'message release'],
    [h.agency, id.agency, 4, 'controlling agency'],
  ]
  for (const [value, expected, c, what] of checks) {
    if (value !== expected) {
      throw new EdiMappingError(
        unh,
        2,
        c,
        `UNH identifies ${found}: the ${what} should be ${expected} (${wanted}).`,
      )
    }
  }
}
