// Parse throughput on a large interchange: `npx vitest bench --run test/core/edi/syntax/throughput.bench.ts`.
// A benchmark, not a test: it reports, it does not fail. The file is ~100 000 segments of PREDES-like
// receptacle lines (GID/PCI/MEA per bag, a released FTX per message), about 2.3 MB.
import { bench, describe } from 'vitest'
import { encodeInterchange, parseInterchange } from '../../../../src/core/edi/syntax'
import type { EdiMessage, Segment } from '../../../../src/core/edi/types'
import { PREDES_INTERCHANGE, receptacle } from './fixtures'

function bags(): Segment[] {
  const segments: Segment[] = [{ tag: 'BGM', elements: [['785'], ['FRCDGAGBLHRAAUN60123'], ['9']] }]
  for (let r = 1; r <= 96; r++) {
    segments.push({ tag: 'GID', elements: [[String(r)], ['1', 'BG']] })
    segments.push({ tag: 'PCI', elements: [['24'], [receptacle(r, r === 96, 125)]] })
    segments.push({ tag: 'MEA', elements: [['WT'], ['AAB'], ['KGM', '12.5']] })
  }
  segments.push({ tag: 'FTX', elements: [['AAI'], [''], [''], ["O'BRIEN + SONS: 50% ?"]] })
  return segments
}

const messages: EdiMessage[] = []
for (let n = 2; n < 100_000; n += 292) {
  messages.push({
    header: { ...PREDES_INTERCHANGE.messages[0]!.header, ref: String(messages.length + 1) },
    segments: bags(),
  })
}
const SEGMENTS = messages.reduce((sum, m) => sum + m.segments.length + 2, 2)
const TEXT = encodeInterchange({ ...PREDES_INTERCHANGE, messages }, { newlines: true })

describe(`parseInterchange, ${SEGMENTS} segments, ${(TEXT.length / 1e6).toFixed(1)} MB (segments/s = hz × ${SEGMENTS})`, () => {
  bench('parse', () => {
    const { issues } = parseInterchange(TEXT)
    if (issues.length > 0) throw new Error(issues[0]!.message)
  })
})
