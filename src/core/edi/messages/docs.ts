// Why this file exists: docs/edi/<message>.md documents the segment table each mapping emits. It is
// rendered from the mapping's own rows (a test compares it with the file), so the documentation cannot
// drift from the code, and a post correcting a row sees the page change with it.
import type { CodeList } from '../../codelists'
import type { MessageMapping, Segment } from '../types'
import { DTM_FORMAT } from './time'

/** What the page needs of a mapping: everything but the functions. */
export type MappingInfo = Omit<MessageMapping<unknown>, 'encode' | 'decode'>

function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}

const RELEASED = /[?:+']/g

/** A segment as EDIFACT text with the default service characters, for the example. */
export function segmentText(seg: Segment): string {
  const elements = seg.elements.map((e) => e.map((c) => c.replace(RELEASED, '?$&')).join(':'))
  return [seg.tag, ...elements].join('+') + "'"
}

const OCCURS_LEGEND =
  'Occurs: `1` once, `?` optional, `*` any number, `+` one or more; `G2*` starts group 2, which repeats as its suffix says; `G2:1`, `G2:?`, `G2:*` are the segments inside group 2. Elements are `element:component`, 1-based after the tag.'

export type DocCodeList = CodeList<{ code: string; meaning: string; confirmed: boolean }>

function codeListSection(list: DocCodeList): string[] {
  return [
    `## Code list: ${list.list}`,
    '',
    `${list.source} (version: ${list.version}).`,
    '',
    '| Code | Meaning | Confirmed |',
    '|---|---|---|',
    ...list.entries.map((e) => `| ${e.code} | ${cell(e.meaning)} | ${e.confirmed ? 'yes' : 'no'} |`),
    '',
  ]
}

/** The markdown page of one mapping; `example` is an encoded record shown as text. */
export function renderMappingDoc(
  mapping: MappingInfo,
  example: readonly Segment[] = [],
  lists: readonly DocCodeList[] = [],
): string {
  const id = `${mapping.type}:${mapping.version}:${mapping.release}:${mapping.agency}`
  const lines = [
    `# ${mapping.type}`,
    '',
    '<!-- Generated from the mapping in src/core/edi/messages by test/core/edi/messages/docs.test.ts.',
    '     Do not edit: change the table in the code, then run',
    '     UPDATE_DOCS=1 npx vitest run test/core/edi/messages/docs.test.ts -->',
    '',
    mapping.purpose,
    '',
    `UNH message identifier: \`${id}\` (type:version:release:agency — UNCONFIRMED, kept as data in the mapping).`,
    '',
    'The official UPU segment table was not available: this is our reconstruction from',
    '`shared/reference/UPU.md`. Rows marked "no" under Confirmed are guesses a post holding the real',
    'specification should correct in the mapping (src/core/edi/messages), not here.',
    '',
    `Times: \`DTM+qualifier:CCYYMMDDHHMMSS±hhmm:${DTM_FORMAT}\` — local time, then the UTC offset as in ISO 8601`,
    'basic format (`Z` for UTC); the `+` of a positive offset is written `?+`. Decoding gives back the',
    "record's ISO 8601 string exactly (`2026-03-14T10:30:00+01:00`) and also reads format 303 (no seconds)",
    'and `±hh` offsets. Weights: kilograms with a decimal point (a comma is read too).',
    '',
    OCCURS_LEGEND,
    '',
    '| # | Segment | Occurs | Meaning | Elements | Confirmed |',
    '|---|---|---|---|---|---|',
    ...mapping.table.map(
      (r, i) =>
        `| ${i + 1} | ${r.tag} | \`${r.occurs}\` | ${cell(r.meaning)} | ${r.elements.map(cell).join('<br>')} | ${r.confirmed ? 'yes' : 'no'} |`,
    ),
    '',
  ]
  for (const list of lists) lines.push(...codeListSection(list))
  if (example.length > 0) {
    lines.push(
      '## Example',
      '',
      '```',
      `UNH+1+${id}'`,
      ...example.map(segmentText),
      `UNT+${example.length + 2}+1'`,
      '```',
      '',
    )
  }
  return lines.join('\n')
}
