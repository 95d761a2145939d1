// Reads the service segments that frame an interchange (UNB, UNH, UNT, UNZ) into the shared header types,
// checking each element against ISO 9735 so that a bad header is reported by element and component, e.g.
// "UNB 4:1 preparation date '2603' is not YYMMDD".
import type { InterchangeHeader, MessageHeader, Segment } from '../types'
import { syntaxCharset, SYNTAX_IDS } from './charset'
import { element } from './element'
import { excerpt, locate, type IssueList } from './issues'

/** Reads a required an..max value; reports it missing or too long. */
function required(seg: Segment, i: number, c: number, what: string, max: number, issues: IssueList): string {
  const value = element(seg, i, c)
  if (value === '') issues.add(`${seg.tag} ${i}:${c} ${what} is missing`, locate(seg, i, c))
  else if (value.length > max) {
    issues.add(
      `${seg.tag} ${i}:${c} ${what} ${excerpt(value)} is ${value.length} characters long; at most ${max}`,
      locate(seg, i, c),
    )
  }
  return value
}

function optional(seg: Segment, i: number, c: number, what: string, max: number, issues: IssueList) {
  const value = element(seg, i, c)
  if (value.length > max) {
    issues.add(
      `${seg.tag} ${i}:${c} ${what} ${excerpt(value)} is ${value.length} characters long; at most ${max}`,
      locate(seg, i, c),
    )
  }
  return value === '' ? null : value
}

function tooMany(seg: Segment, max: number, issues: IssueList): void {
  if (seg.elements.length > max) {
    issues.add(
      `${seg.tag} has ${seg.elements.length} data elements; at most ${max} are defined`,
      locate(seg, max + 1),
    )
  }
}

export function readUnb(seg: Segment, issues: IssueList): InterchangeHeader {
  tooMany(seg, 11, issues)
  const id = element(seg, 1, 1)
  const version = element(seg, 1, 2)
  if (id === '') issues.add('UNB 1:1 syntax identifier is missing (e.g. UNOC)', locate(seg, 1, 1))
  else if (!syntaxCharset(id)) {
    issues.add(
      `UNB 1:1 syntax identifier ${excerpt(id)} is unknown; expected one of ${SYNTAX_IDS.join(', ')}`,
      locate(seg, 1, 1),
    )
  }
  if (!/^[1-4]$/.test(version)) {
    issues.add(
      `UNB 1:2 syntax version ${excerpt(version)} should be 1, 2, 3 or 4 (UPU messages use 3)`,
      locate(seg, 1, 2),
    )
  }
  const sender = {
    id: required(seg, 2, 1, 'sender identification', 35, issues),
    qualifier: optional(seg, 2, 2, 'sender identification code qualifier', 4, issues),
  }
  const recipient = {
    id: required(seg, 3, 1, 'recipient identification', 35, issues),
    qualifier: optional(seg, 3, 2, 'recipient identification code qualifier', 4, issues),
  }
  const date = element(seg, 4, 1)
  const time = element(seg, 4, 2)
  const dateDigits = version === '4' ? 8 : 6
  if (!new RegExp(`^[0-9]{${dateDigits}}$`).test(date)) {
    issues.add(
      `UNB 4:1 preparation date ${excerpt(date)} should be ${dateDigits === 8 ? 'CCYYMMDD' : 'YYMMDD'} ` +
        `(${dateDigits} digits) under syntax version ${version || '?'}`,
      locate(seg, 4, 1),
    )
  }
  if (!/^[0-9]{4}$/.test(time)) {
    issues.add(`UNB 4:2 preparation time ${excerpt(time)} should be HHMM (4 digits)`, locate(seg, 4, 2))
  }
  const controlRef = required(seg, 5, 1, 'interchange control reference', 14, issues)
  const test = element(seg, 11, 1)
  if (test !== '' && test !== '1') {
    issues.add(
      `UNB 11 test indicator is ${excerpt(test)}; it is either absent or 1 (a test interchange)`,
      locate(seg, 11, 1),
    )
  }
  return {
    syntax: { id, version },
    sender,
    recipient,
    prepared: { date, time },
    controlRef,
    test: test === '1',
  }
}

export function readUnh(seg: Segment, issues: IssueList): MessageHeader {
  const ref = required(seg, 1, 1, 'message reference number', 14, issues)
  const type = required(seg, 2, 1, 'message type', 6, issues)
  const version = required(seg, 2, 2, 'message version number', 3, issues)
  const release = required(seg, 2, 3, 'message release number', 3, issues)
  const agency = required(seg, 2, 4, 'controlling agency', 3, issues)
  const association = optional(seg, 2, 5, 'association assigned code', 6, issues)
  return { ref, type, version, release, agency, association }
}

/** A trailer count (UNT 1, UNZ 1): digits, or null after reporting what was found instead. */
export function readCount(seg: Segment, what: string, issues: IssueList): number | null {
  const value = element(seg, 1, 1)
  if (!/^[0-9]{1,6}$/.test(value)) {
    issues.add(
      `${seg.tag} 1 should be the number of ${what} (up to 6 digits); found ${excerpt(value)}`,
      locate(seg, 1, 1),
    )
    return null
  }
  return Number(value)
}
