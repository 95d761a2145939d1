// Shared test helpers: a message with segment positions (as the parser would give them), a way to change
// one component of an encoded message, and an assertion that decode fails at the expected spot.
import { expect } from 'vitest'
import { MESSAGE_MAPPINGS } from '../../../../src/core/edi/messages'
import type { RecordsByType, UpuMessageType } from '../../../../src/core/edi/records'
import { EdiMappingError } from '../../../../src/core/edi/syntax'
import type { EdiIssue, EdiMessage, Segment } from '../../../../src/core/edi/types'

/** Body segment i sits at segment number i + 3 (UNB = 1, UNH = 2), one segment per line. */
export function positioned(segments: readonly Segment[]): Segment[] {
  return segments.map((s, i) => ({ ...s, position: { line: i + 3, segment: i + 3, offset: 0 } }))
}

export function messageOf<K extends UpuMessageType>(type: K, segments: readonly Segment[]): EdiMessage {
  const m = MESSAGE_MAPPINGS[type]
  return {
    header: {
      ref: '1',
      type: m.type,
      version: m.version,
      release: m.release,
      agency: m.agency,
      association: null,
    },
    segments: positioned(segments),
    position: { line: 2, segment: 2, offset: 0 },
  }
}

export function encoded<K extends UpuMessageType>(type: K, record: RecordsByType[K]): Segment[] {
  const mapping = MESSAGE_MAPPINGS[type] as { encode(r: RecordsByType[K]): Segment[] }
  return mapping.encode(record)
}

/** Index of the n-th (0-based) segment with this tag and, if given, this qualifier (1:1). */
export function find(segments: readonly Segment[], tag: string, qualifier?: string, n = 0): number {
  let seen = 0
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]
    if (s && s.tag === tag && (qualifier === undefined || s.elements[0]?.[0] === qualifier)) {
      if (seen === n) return i
      seen++
    }
  }
  throw new Error(`no ${tag}${qualifier ? `+${qualifier}` : ''} #${n} in the message`)
}

/** A copy with component (element e, component c; 1-based) of segment i set to value. */
export function setComponent(
  segments: readonly Segment[],
  i: number,
  e: number,
  c: number,
  value: string,
): Segment[] {
  return segments.map((s, j) => {
    if (j !== i) return s
    const elements = s.elements.map((x) => [...x])
    while (elements.length < e) elements.push([''])
    const el = elements[e - 1] ?? ['']
    while (el.length < c) el.push('')
    el[c - 1] = value
    elements[e - 1] = el
    return { ...s, elements }
  })
}

export function without(segments: readonly Segment[], i: number): Segment[] {
  return segments.filter((_, j) => j !== i)
}

export function inserted(segments: readonly Segment[], i: number, s: Segment): Segment[] {
  return [...segments.slice(0, i), s, ...segments.slice(i)]
}

/** Decode must throw an EdiMappingError whose issue matches `where` (and whose text matches `text`). */
export function expectIssue(
  decode: () => unknown,
  where: Partial<Pick<EdiIssue, 'tag' | 'element' | 'component' | 'segment'>>,
  text?: RegExp,
): EdiIssue {
  let caught: unknown
  try {
    decode()
  } catch (e) {
    caught = e
  }
  expect(caught, 'decode should have thrown').toBeInstanceOf(EdiMappingError)
  const issue = (caught as EdiMappingError).issue
  expect(issue).toMatchObject(where)
  if (text) expect(issue.message).toMatch(text)
  return issue
}
