// Interchanges that look like what offices of exchange send each other: a PREDES for a dispatch of
// letter-post bags from Paris-CDG to London Heathrow, as text and as the Interchange it parses to.
import type { EdiMessage, Interchange, Segment } from '../../../../src/core/edi/types'

export const DISPATCH = 'FRCDGAGBLHRAAUN60123'
export const receptacle = (serial: number, highest: boolean, weightHg: number): string =>
  `${DISPATCH}${String(serial).padStart(3, '0')}${highest ? 1 : 0}0${String(weightHg).padStart(4, '0')}`

/** One message per line; the FTX carries separators that must be released. */
export const PREDES_TEXT = [
  "UNA:+.? '",
  "UNB+UNOC:3+FRA01:ZZ+GBA01:ZZ+260314:1030+FR0000123'",
  "UNH+1+PREDES:2:1:UP'",
  `BGM+785+${DISPATCH}+9'`,
  "DTM+137:202603141030:203'",
  `GID+1+1:BG'`,
  `PCI+24+${receptacle(1, false, 125)}'`,
  "MEA+WT+AAB+KGM:12.5'",
  `GID+2+1:BG'`,
  `PCI+24+${receptacle(2, true, 87)}'`,
  "MEA+WT+AAB+KGM:8.7'",
  "FTX+AAI+++O?'BRIEN ?+ SONS?: 50% ??'",
  "UNT+11+1'",
  "UNZ+1+FR0000123'",
  '',
].join('\n')

const seg = (tag: string, ...elements: string[][]): Segment => ({ tag, elements })

export const PREDES_SEGMENTS: Segment[] = [
  seg('BGM', ['785'], [DISPATCH], ['9']),
  seg('DTM', ['137', '202603141030', '203']),
  seg('GID', ['1'], ['1', 'BG']),
  seg('PCI', ['24'], [receptacle(1, false, 125)]),
  seg('MEA', ['WT'], ['AAB'], ['KGM', '12.5']),
  seg('GID', ['2'], ['1', 'BG']),
  seg('PCI', ['24'], [receptacle(2, true, 87)]),
  seg('MEA', ['WT'], ['AAB'], ['KGM', '8.7']),
  seg('FTX', ['AAI'], [''], [''], ["O'BRIEN + SONS: 50% ?"]),
]

export function predesMessage(ref = '1', segments = PREDES_SEGMENTS): EdiMessage {
  return {
    header: { ref, type: 'PREDES', version: '2', release: '1', agency: 'UP', association: null },
    segments,
  }
}

export const PREDES_INTERCHANGE: Interchange = {
  service: { component: ':', element: '+', decimal: '.', release: '?', repetition: ' ', segment: "'" },
  header: {
    syntax: { id: 'UNOC', version: '3' },
    sender: { id: 'FRA01', qualifier: 'ZZ' },
    recipient: { id: 'GBA01', qualifier: 'ZZ' },
    prepared: { date: '260314', time: '1030' },
    controlRef: 'FR0000123',
    test: false,
  },
  messages: [predesMessage()],
}

/** A minimal envelope around `body` segments (text, without terminators' line breaks). */
export function envelope(
  body: string[],
  opts: { syntax?: string; ref?: string; count?: number } = {},
): string {
  const count = opts.count ?? body.length + 2
  return [
    `UNB+${opts.syntax ?? 'UNOC'}:3+FRA01:ZZ+GBA01:ZZ+260314:1030+FR0000123'`,
    "UNH+1+PREDES:2:1:UP'",
    ...body,
    `UNT+${count}+${opts.ref ?? '1'}'`,
    "UNZ+1+FR0000123'",
  ].join('')
}

/** The interchange without the positions parsing adds, for comparing with what was encoded. */
export function withoutPositions(ic: Interchange | null): Interchange | null {
  if (!ic) return null
  return {
    service: ic.service,
    header: ic.header,
    messages: ic.messages.map((m) => ({
      header: m.header,
      segments: m.segments.map((s) => ({ tag: s.tag, elements: s.elements })),
    })),
  }
}
