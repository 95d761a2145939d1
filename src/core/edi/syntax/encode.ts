// Writes an interchange as EDIFACT text. The envelope's counts and references are computed from the
// content (UNT from the message's segments, UNZ from the messages), never taken from the caller, so a
// file this station sends always adds up. Data is escaped with the release character; trailing empty
// elements and components are left out, as ISO 9735 requires.
import type { Interchange, Segment, ServiceChars } from '../types'
import { DEFAULT_SERVICE, formatUna, NOT_USED, sameService, serviceProblems } from './service'

export interface EncodeOptions {
  /** Write UNA even with the default service characters (it is always written with other ones). */
  una?: boolean
  /** A line break after each segment, for people reading the file; parsers ignore it. */
  newlines?: boolean
}

const TAG = /^[A-Z0-9]{3}$/
const SERVICE_TAGS = new Set(['UNA', 'UNB', 'UNG', 'UNH', 'UNT', 'UNE', 'UNZ'])

interface Escaper {
  needs: RegExp
  all: RegExp
  release: string
}

const escapers = new Map<string, Escaper>()

function escaper(service: ServiceChars): Escaper {
  const key = `${service.component}${service.element}${service.release}${service.repetition}${service.segment}`
  let found = escapers.get(key)
  if (!found) {
    const specials = [
      service.component,
      service.element,
      service.segment,
      service.release,
      service.repetition,
    ]
      .filter((c) => c !== NOT_USED)
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('')
    found = {
      needs: new RegExp(`[${specials}]`),
      all: new RegExp(`[${specials}]`, 'g'),
      release: service.release,
    }
    escapers.set(key, found)
  }
  return found
}

/**
 * `value` with every separator, terminator and release character preceded by the release character.
 * Throws when the service characters have no release character and the value needs one (a bug: such
 * service characters cannot carry this data).
 */
export function escapeData(value: string, service: ServiceChars = DEFAULT_SERVICE): string {
  const e = escaper(service)
  if (!e.needs.test(value)) return value
  if (e.release === NOT_USED) {
    throw new RangeError(
      `${JSON.stringify(value)} holds a service character and there is no release character`,
    )
  }
  // A function, not a replacement string: a release character of "$" would read as a pattern there.
  return value.replace(e.all, (c) => e.release + c)
}

/** Text of one segment, terminator included, with trailing empty elements and components left out. */
export function encodeSegment(seg: Segment, service: ServiceChars = DEFAULT_SERVICE): string {
  if (!TAG.test(seg.tag))
    throw new RangeError(`segment tag ${JSON.stringify(seg.tag)} is not 3 letters/digits`)
  const elements = seg.elements
  let last = elements.length - 1
  while (last >= 0 && (elements[last] ?? []).every((c) => c === '')) last--
  let out = seg.tag
  for (let i = 0; i <= last; i++) {
    const components = elements[i] ?? []
    let lastComponent = components.length - 1
    while (lastComponent > 0 && components[lastComponent] === '') lastComponent--
    out += service.element
    for (let c = 0; c <= lastComponent; c++) {
      if (c > 0) out += service.component
      out += escapeData(components[c] ?? '', service)
    }
  }
  return out + service.segment
}

function unb(ic: Interchange): Segment {
  const h = ic.header
  const elements = [
    [h.syntax.id, h.syntax.version],
    [h.sender.id, h.sender.qualifier ?? ''],
    [h.recipient.id, h.recipient.qualifier ?? ''],
    [h.prepared.date, h.prepared.time],
    [h.controlRef],
  ]
  // UNB 6–10 (recipient's password, application reference, priority, acknowledgement request,
  // agreement) are not carried by InterchangeHeader; UNB 11 is the test indicator.
  if (h.test) elements.push([''], [''], [''], [''], [''], ['1'])
  return { tag: 'UNB', elements }
}

/** The whole interchange as text: UNA (when needed or asked), UNB, each UNH…UNT, UNZ. */
export function encodeInterchange(interchange: Interchange, opts: EncodeOptions = {}): string {
  const service = interchange.service
  const problems = serviceProblems(service)
  if (problems.length > 0) {
    throw new RangeError(`unusable service characters: ${problems.map((p) => p.message).join('; ')}`)
  }
  const nl = opts.newlines ? '\n' : ''
  const out: string[] = []
  if (opts.una || !sameService(service, DEFAULT_SERVICE)) out.push(formatUna(service))
  out.push(encodeSegment(unb(interchange), service))
  for (const message of interchange.messages) {
    const h = message.header
    out.push(
      encodeSegment(
        { tag: 'UNH', elements: [[h.ref], [h.type, h.version, h.release, h.agency, h.association ?? '']] },
        service,
      ),
    )
    for (const seg of message.segments) {
      if (SERVICE_TAGS.has(seg.tag)) {
        throw new RangeError(
          `${seg.tag} cannot be a segment of message ${h.ref}: the envelope is written here`,
        )
      }
      out.push(encodeSegment(seg, service))
    }
    out.push(
      encodeSegment({ tag: 'UNT', elements: [[String(message.segments.length + 2)], [h.ref]] }, service),
    )
  }
  out.push(
    encodeSegment(
      { tag: 'UNZ', elements: [[String(interchange.messages.length)], [interchange.header.controlRef]] },
      service,
    ),
  )
  return out.join(nl) + nl
}
