// Splits EDIFACT text into segments, elements and components, removing release characters. It runs in
// linear time whatever the input: segment ends are found with indexOf, segments without a release
// character are split with String.split, and only segments that contain one are walked character by
// character (building components from slices, never a character at a time). Position bookkeeping (next
// newline, next release character) is cached so no search rescans text it has already passed.
import type { Segment, SegmentPosition, ServiceChars } from '../types'
import { excerpt, type IssueList } from './issues'
import { NOT_USED } from './service'

/** Longer segments are refused: no UPU segment comes close, and a runaway one means a broken file. */
export const MAX_SEGMENT_LENGTH = 100_000

const TAG = /^[A-Z0-9]{3}$/

export interface TokenizeOptions {
  /** Offset of the first segment (after a byte-order mark and UNA). */
  start: number
  maxSegmentLength: number
}

interface SplitResult {
  elements: string[][]
  /** Offset of the first unreleased repetition separator, or -1. */
  repetitionAt: number
  /** The text ended on a release character with nothing after it. */
  danglingRelease: boolean
}

/** Splits text[from, to) that holds no release character: String.split does all the work. */
function splitPlain(
  text: string,
  from: number,
  to: number,
  elSep: string,
  compSep: string,
  rep: string,
): SplitResult {
  const raw = text.slice(from, to)
  const split = raw.split(elSep)
  const elements = new Array<string[]>(split.length)
  for (let i = 0; i < split.length; i++) elements[i] = (split[i] ?? '').split(compSep)
  const r = rep ? raw.indexOf(rep) : -1
  return { elements, repetitionAt: r === -1 ? -1 : from + r, danglingRelease: false }
}

/** Splits text[from, to) that contains release characters. */
function splitReleased(text: string, from: number, to: number, codes: number[]): SplitResult {
  const [relCode, compCode, elCode, repCode] = codes
  const elements: string[][] = []
  let components: string[] = []
  let pieces: string[] = []
  let pieceStart = from
  let repetitionAt = -1
  let danglingRelease = false
  const take = (i: number): string => {
    if (pieces.length === 0) return text.slice(pieceStart, i)
    pieces.push(text.slice(pieceStart, i))
    const joined = pieces.join('')
    pieces = []
    return joined
  }
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i)
    if (ch === relCode) {
      pieces.push(text.slice(pieceStart, i))
      if (i + 1 >= to) {
        danglingRelease = true
        pieceStart = to
        break
      }
      // The released character starts the next piece and is skipped over as data.
      pieceStart = i + 1
      i++
    } else if (ch === compCode) {
      components.push(take(i))
      pieceStart = i + 1
    } else if (ch === elCode) {
      components.push(take(i))
      elements.push(components)
      components = []
      pieceStart = i + 1
    } else if (ch === repCode && repetitionAt === -1) {
      repetitionAt = i
    }
  }
  components.push(take(to))
  elements.push(components)
  return { elements, repetitionAt, danglingRelease }
}

/** Whether the character at `at` is released: an odd run of release characters precedes it. */
function isReleased(text: string, at: number, from: number, relCode: number): boolean {
  let run = 0
  for (let j = at - 1; j >= from && text.charCodeAt(j) === relCode; j--) run++
  return run % 2 === 1
}

/**
 * The segments of `text` from `opts.start`, each with its position. Line breaks (CR, LF) between a
 * segment terminator and the next tag are skipped; any other character there is data of the next segment.
 */
export function tokenize(
  text: string,
  service: ServiceChars,
  issues: IssueList,
  opts: TokenizeOptions,
): Segment[] {
  const segments: Segment[] = []
  const n = text.length
  const { segment: term, element: elSep, component: compSep } = service
  const rel = service.release === NOT_USED ? '' : service.release
  const rep = service.repetition === NOT_USED ? '' : service.repetition
  const codes = [
    rel ? rel.charCodeAt(0) : -1,
    compSep.charCodeAt(0),
    elSep.charCodeAt(0),
    rep ? rep.charCodeAt(0) : -1,
  ]
  const relCode = codes[0] ?? -1

  let pos = opts.start
  let line = 1
  let nextNewline = text.indexOf('\n')
  let nextRelease = rel ? text.indexOf(rel, pos) : -1
  let number = 0

  while (pos < n) {
    while (pos < n && (text.charCodeAt(pos) === 10 || text.charCodeAt(pos) === 13)) pos++
    if (pos >= n) break
    while (nextNewline !== -1 && nextNewline < pos) {
      line++
      nextNewline = text.indexOf('\n', nextNewline + 1)
    }
    if (nextRelease !== -1 && nextRelease < pos) nextRelease = text.indexOf(rel, pos)

    let end = text.indexOf(term, pos)
    while (end !== -1 && nextRelease !== -1 && nextRelease < end && isReleased(text, end, pos, relCode)) {
      end = text.indexOf(term, end + 1)
    }
    const terminated = end !== -1
    if (!terminated) end = n

    if (end === pos) {
      issues.add(
        `empty segment after segment ${number}: two segment terminators ${JSON.stringify(term)} in a row`,
        { line },
      )
      pos = end + 1
      continue
    }

    number++
    const position: SegmentPosition = { line, segment: number, offset: pos }
    const length = end - pos
    if (length > opts.maxSegmentLength) {
      // A refused service segment is left unnamed: reading an empty UNB or UNT would only add noise.
      const head = text.slice(pos, pos + 3)
      const tag = TAG.test(head) && !head.startsWith('UN') ? head : ''
      issues.add(
        `segment is ${length} characters long; at most ${opts.maxSegmentLength} are accepted ` +
          `(a segment terminator ${JSON.stringify(term)} is probably missing or wrong)`,
        { line, segment: number, tag: TAG.test(head) ? head : null },
      )
      segments.push({ tag, elements: [], position })
      pos = end + 1
      continue
    }

    const {
      elements: parts,
      repetitionAt,
      danglingRelease,
    } = nextRelease === -1 || nextRelease >= end
      ? splitPlain(text, pos, end, elSep, compSep, rep)
      : splitReleased(text, pos, end, codes)

    const tagElement = parts[0] ?? ['']
    const tag = tagElement[0] ?? ''
    const elements = parts.slice(1)
    segments.push({ tag, elements, position })
    const where = { line, segment: number, tag }

    if (!TAG.test(tag)) {
      issues.add(
        `the segment ${excerpt(text.slice(pos, Math.min(end, pos + 40)))} does not start with a tag of ` +
          'three upper-case letters or digits',
        where,
      )
    } else if (tagElement.length > 1 && tag !== 'UNA') {
      issues.add(
        `the tag ${tag} is followed by ${JSON.stringify(compSep)} (an explicit nesting indicator); ` +
          'this station reads segments without one',
        where,
      )
    }
    if (repetitionAt !== -1) {
      issues.add(
        `an unreleased repetition separator ${JSON.stringify(rep)} at character ${repetitionAt - pos + 1} ` +
          `of the segment; repeated data elements are not read here (data must be written ${rel}${rep})`,
        where,
      )
    }
    if (!terminated) {
      issues.add(
        `the last segment is not ended by the segment terminator ${JSON.stringify(term)}: ` +
          'the file is cut short',
        where,
      )
    }
    if (danglingRelease) {
      issues.add(
        `the file ends with the release character ${JSON.stringify(rel)}, which has nothing to release`,
        where,
      )
    }
    pos = end + 1
  }
  return segments
}
