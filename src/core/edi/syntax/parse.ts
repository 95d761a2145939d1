// Reads an EDIFACT interchange from text: byte-order mark, UNA, segments, envelope, character repertoire.
// It never throws and never stops at the first fault: it reports every issue it can name, and still
// returns what it could read so a person can see what the file held. The caller treats any issue as
// "quarantine the whole file" — an import is all or nothing.
import type { EdiIssue, Interchange, ServiceChars } from '../types'
import { syntaxCharset } from './charset'
import { checkCharacters } from './characters'
import { assemble } from './envelope'
import { IssueList } from './issues'
import { DEFAULT_SERVICE, LEVEL_B_SERVICE, serviceProblems } from './service'
import { MAX_SEGMENT_LENGTH, tokenize } from './tokenize'

export interface ParseOptions {
  /** Longest segment accepted, in characters (default 100 000). */
  maxSegmentLength?: number
}

export interface ParseResult {
  /** What could be read, even when there are issues; null when there is no readable UNB. */
  interchange: Interchange | null
  issues: EdiIssue[]
}

const UNA_LENGTH = 9
const LATIN1_BOM = '\u00EF\u00BB\u00BF'

function readUna(text: string, at: number, issues: IssueList): ServiceChars | null {
  if (text.length < at + UNA_LENGTH) {
    issues.add(
      `UNA is cut short: it needs six service characters after "UNA", found ${text.length - at - 3}`,
      { line: 1, tag: 'UNA' },
    )
    return null
  }
  const c = (i: number): string => text.charAt(at + 3 + i)
  const service: ServiceChars = {
    component: c(0),
    element: c(1),
    decimal: c(2),
    release: c(3),
    repetition: c(4),
    segment: c(5),
  }
  const problems = serviceProblems(service)
  for (const p of problems) {
    issues.add(
      `UNA ${p.position}: ${p.message} (UNA is ${JSON.stringify(text.slice(at, at + UNA_LENGTH))})`,
      {
        line: 1,
        tag: 'UNA',
        element: p.position,
      },
    )
  }
  return problems.length === 0 ? service : null
}

export function parseInterchange(text: string, opts: ParseOptions = {}): ParseResult {
  const issues = new IssueList()
  const done = (interchange: Interchange | null): ParseResult => ({ interchange, issues: issues.finish() })

  let start = 0
  const bom = text.charCodeAt(0) === 0xfeff
  if (bom) start = 1
  else if (text.startsWith(LATIN1_BOM)) {
    issues.add(
      'the file starts with the bytes EF BB BF (a UTF-8 byte-order mark) read as Latin-1 characters: ' +
        'it was decoded with the wrong encoding',
      { line: 1 },
    )
    start = LATIN1_BOM.length
  }

  let service: ServiceChars = DEFAULT_SERVICE
  const hasUna = text.startsWith('UNA', start)
  if (hasUna) {
    const una = readUna(text, start, issues)
    if (!una) return done(null)
    service = una
    start += UNA_LENGTH
  } else if (text.startsWith('UNB\x1D', start)) {
    service = LEVEL_B_SERVICE
  } else if (text.startsWith('UNB', start) && start + 3 < text.length && text[start + 3] !== '+') {
    issues.add(
      `UNB is followed by ${JSON.stringify(text[start + 3])} where the data element separator "+" was ` +
        'expected; a file with other separators must start with UNA',
      { line: 1, segment: 1, tag: 'UNB' },
    )
  }

  const segments = tokenize(text, service, issues, {
    start,
    maxSegmentLength: opts.maxSegmentLength ?? MAX_SEGMENT_LENGTH,
  })
  if (segments.length === 0) {
    if (issues.count === 0) {
      issues.add(hasUna ? 'the file holds a UNA and no segments after it' : 'the file is empty')
    }
    return done(null)
  }

  const interchange = assemble(segments, service, issues)
  const id = interchange?.header.syntax.id ?? ''
  const charset = syntaxCharset(id)
  if (charset) checkCharacters(segments, charset, issues)
  if (bom && !charset?.allowsBom) {
    issues.add(
      `the file starts with a byte-order mark (U+FEFF), which only UTF-8 interchanges (UNOW, UNOY) may ` +
        `carry; UNB declares ${JSON.stringify(id)}`,
      { line: 1 },
    )
  }
  return done(interchange)
}
