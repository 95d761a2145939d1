// Assembles segments into an interchange and checks its envelope: UNB first, UNH…UNT around each
// message, UNZ last, and the counts and references in the trailers. The counts are what make a truncated
// file detectable: a file cut between two segments still parses, but its UNT or UNZ no longer adds up.
import type { EdiMessage, Interchange, InterchangeHeader, Segment, ServiceChars } from '../types'
import { element } from './element'
import { readCount, readUnb, readUnh } from './headers'
import { excerpt, locate, type IssueList } from './issues'

interface OpenMessage {
  message: EdiMessage
  unh: Segment
  /** Index of the UNH in the segment list. */
  index: number
}

function where(seg: Segment): string {
  const p = seg.position
  return p ? `line ${p.line}, segment ${p.segment}` : 'its segment'
}

export function assemble(segments: Segment[], service: ServiceChars, issues: IssueList): Interchange | null {
  let header: InterchangeHeader | null = null
  let unb: Segment | null = null
  let unz: Segment | null = null
  let open: OpenMessage | null = null
  let reportedBeforeUnb = false
  let reportedOutside = false
  const messages: EdiMessage[] = []
  const after: Segment[] = []

  const unclosed = (o: OpenMessage, by: string): void => {
    issues.add(
      `message ${excerpt(o.message.header.ref)} (UNH at ${where(o.unh)}) has no UNT before ${by}: ` +
        'a UNT is missing or the file was cut',
      locate(o.unh),
    )
  }

  for (let index = 0; index < segments.length; index++) {
    const seg = segments[index] as Segment
    if (unz) {
      after.push(seg)
      continue
    }
    if (!header && seg.tag !== 'UNB') {
      if (!reportedBeforeUnb) {
        issues.add(
          `the interchange must start with UNB (after an optional UNA); found ${seg.tag || 'an unreadable segment'}`,
          locate(seg),
        )
        reportedBeforeUnb = true
      }
      continue
    }
    switch (seg.tag) {
      case 'UNB':
        if (header) {
          issues.add(`a second UNB inside the interchange begun at ${where(unb ?? seg)}`, locate(seg))
        } else {
          unb = seg
          header = readUnb(seg, issues)
        }
        continue
      case 'UNA':
        issues.add('UNA may only stand at the very start of the file', locate(seg))
        continue
      case 'UNG':
      case 'UNE':
        issues.add(
          `functional groups (${seg.tag}) are not read by this station; send messages directly inside UNB…UNZ`,
          locate(seg),
        )
        continue
      case 'UNH': {
        if (open) unclosed(open, `the next UNH at ${where(seg)}`)
        const message: EdiMessage = { header: readUnh(seg, issues), segments: [], position: seg.position }
        messages.push(message)
        open = { message, unh: seg, index }
        continue
      }
      case 'UNT': {
        if (!open) {
          issues.add('UNT without a UNH opening its message', locate(seg))
          continue
        }
        const said = readCount(seg, 'segments in the message, UNH and UNT included', issues)
        const actual = index - open.index + 1
        if (said !== null && said !== actual) {
          issues.add(
            `UNT says ${said} segments, the message has ${actual} (UNH at ${where(open.unh)} … UNT)`,
            locate(seg, 1, 1),
          )
        }
        const ref = element(seg, 2, 1)
        if (ref !== open.message.header.ref) {
          issues.add(
            `UNT 2 message reference ${excerpt(ref)} differs from its UNH's ` +
              `${excerpt(open.message.header.ref)} (${where(open.unh)})`,
            locate(seg, 2, 1),
          )
        }
        open = null
        continue
      }
      case 'UNZ': {
        if (open) unclosed(open, `UNZ at ${where(seg)}`)
        open = null
        unz = seg
        const said = readCount(seg, 'messages in the interchange', issues)
        if (said !== null && said !== messages.length) {
          issues.add(
            `UNZ says ${said} message${said === 1 ? '' : 's'}, the interchange has ${messages.length}`,
            locate(seg, 1, 1),
          )
        }
        const ref = element(seg, 2, 1)
        const controlRef = header?.controlRef ?? ''
        if (ref !== controlRef) {
          issues.add(
            `UNZ 2 control reference ${excerpt(ref)} differs from UNB 5 ${excerpt(controlRef)}`,
            locate(seg, 2, 1),
          )
        }
        continue
      }
      default:
        if (open) open.message.segments.push(seg)
        else if (!reportedOutside) {
          issues.add(`segment ${seg.tag || '(unreadable)'} stands outside any message (UNH…UNT)`, locate(seg))
          reportedOutside = true
        }
    }
  }

  if (open) unclosed(open, 'the end of the file')
  const first = after[0]
  if (first) {
    issues.add(
      `${after.length} segment${after.length === 1 ? '' : 's'} after UNZ (${where(unz ?? first)}), ` +
        'where the interchange should have ended',
      locate(first),
    )
  }
  // Without a UNB the first segment was already reported as not being one.
  if (!header) return null
  if (!unz) {
    const last = segments[segments.length - 1]
    issues.add(
      'there is no UNZ at the end: the file was cut short or UNZ is missing',
      last ? { line: last.position?.line ?? null } : {},
    )
  }
  return { service: { ...service }, header, messages }
}
