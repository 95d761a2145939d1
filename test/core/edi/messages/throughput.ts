// Decode throughput of large event messages (EMSEVT, RESDIT): a day of a big office's item events is
// ~100 000 of them. Used by throughput.test.ts (a loose sanity bound) and runnable as a plain script:
//   npx rolldown test/core/edi/messages/throughput.ts -p node -f esm -o /tmp/throughput.mjs && node /tmp/throughput.mjs
import { decodeMessage, encodeMessage } from '../../../../src/core/edi/messages'
import type { EmsevtRecord, ResditRecord } from '../../../../src/core/edi/records'
import { DEFAULT_SERVICE, encodeInterchange, parseInterchange } from '../../../../src/core/edi/syntax'
import type { Interchange } from '../../../../src/core/edi/types'
import { buildReceptacleId, formatS10 } from '../../../../src/core/ids'

const CODES = ['EMB', 'EMC', 'EXA', 'EXC', 'EMD', 'EDB', 'EDC', 'EMF', 'EDD', 'EMI'] as const
const RESDIT_CODES = ['74', '6', '48', '24', '21'] as const

function receptacle(n: number): string {
  return buildReceptacleId({
    origin: 'FRCDGA',
    destination: 'GBLHRA',
    category: 'A',
    subclass: 'UN',
    year: 6,
    dispatchNumber: 1 + (Math.floor(n / 999) % 9999),
    receptacleSerial: 1 + (n % 999),
    highest: false,
    registered: n % 7 === 0,
    weightKg: 5 + (n % 200) / 10,
  })
}

export function emsevtOf(events: number): EmsevtRecord {
  return {
    events: Array.from({ length: events }, (_, i) => ({
      itemId: formatS10('RR', String(i).padStart(8, '0'), 'FR'),
      code: CODES[i % CODES.length] ?? 'EMC',
      at: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00+01:00`,
      office: i % 2 === 0 ? 'FRCDGA' : 'GBLHRA',
      reason: i % 10 === 0 ? 'DNL' : null,
      receptacle: i % 3 === 0 ? receptacle(i) : null,
    })),
  }
}

export function resditOf(events: number): ResditRecord {
  return {
    consignmentId: 'FRA2026000417',
    carrier: 'AF',
    events: Array.from({ length: events }, (_, i) => ({
      code: RESDIT_CODES[i % RESDIT_CODES.length] ?? '74',
      at: `2026-03-14T${String(i % 24).padStart(2, '0')}:10:00+01:00`,
      location: i % 2 === 0 ? 'CDG' : 'LHR',
      transport: i % 2 === 0 ? { carrier: 'AF', number: 'AF1080' } : null,
      receptacles: [receptacle(i)],
    })),
  }
}

export function textOf(type: 'EMSEVT' | 'RESDIT', record: EmsevtRecord | ResditRecord): string {
  const interchange: Interchange = {
    service: DEFAULT_SERVICE,
    header: {
      syntax: { id: 'UNOC', version: '3' },
      sender: { id: 'FRA01', qualifier: 'ZZ' },
      recipient: { id: 'GBA01', qualifier: 'ZZ' },
      prepared: { date: '260314', time: '1030' },
      controlRef: '1',
      test: false,
    },
    messages: [
      type === 'EMSEVT'
        ? encodeMessage('EMSEVT', record as EmsevtRecord)
        : encodeMessage('RESDIT', record as ResditRecord),
    ],
  }
  return encodeInterchange(interchange, { newlines: true })
}

export interface Throughput {
  type: string
  events: number
  parseMs: number
  decodeMs: number
  /** events per second, decode only */
  decodeRate: number
  /** events per second, parse + decode */
  overallRate: number
}

export function measure(type: 'EMSEVT' | 'RESDIT', events: number): Throughput {
  const text = textOf(type, type === 'EMSEVT' ? emsevtOf(events) : resditOf(events))
  const t0 = performance.now()
  const { interchange, issues } = parseInterchange(text)
  const t1 = performance.now()
  const message = interchange?.messages[0]
  if (!message || issues.length > 0) throw new Error(`parse failed: ${JSON.stringify(issues.slice(0, 3))}`)
  const decoded = decodeMessage(message)
  const t2 = performance.now()
  const count = decoded.type === 'EMSEVT' || decoded.type === 'RESDIT' ? decoded.record.events.length : 0
  if (count !== events) throw new Error(`decoded ${count} events of ${events}`)
  return {
    type,
    events,
    parseMs: t1 - t0,
    decodeMs: t2 - t1,
    decodeRate: Math.round(events / ((t2 - t1) / 1000)),
    overallRate: Math.round(events / ((t2 - t0) / 1000)),
  }
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('throughput.mjs')
if (isMain) {
  for (const type of ['EMSEVT', 'RESDIT'] as const) {
    measure(type, 10_000) // warm-up
    for (let run = 0; run < 3; run++) console.log(JSON.stringify(measure(type, 100_000)))
  }
}
