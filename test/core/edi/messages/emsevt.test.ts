// EMSEVT: what decode rejects, and where it says the fault is; event codes come from the code list.
import { describe, expect, it } from 'vitest'
import { EMSEVT_EVENT_LIST, emsevtEvent, emsevtMapping } from '../../../../src/core/edi/messages'
import { emsevt, ITEM1 } from './fixtures'
import { encoded, find, messageOf, setComponent, without } from './helpers'
import { hostile } from './hostile'

describe('EMSEVT decode rejects', () => {
  hostile('EMSEVT', [
    {
      name: 'an unknown event code',
      breaks: (s) => setComponent(s, find(s, 'STS'), 2, 1, 'EMZ'),
      issue: { tag: 'STS', element: 2, component: 1, segment: 5 },
    },
    {
      name: 'an S10 with a wrong check digit',
      breaks: (s) => setComponent(s, find(s, 'GIN'), 2, 1, `${ITEM1.slice(0, 10)}9${ITEM1.slice(11)}`),
      issue: { tag: 'GIN', element: 2, component: 1, segment: 4 },
    },
    {
      name: 'an S10 of 12 characters',
      breaks: (s) => setComponent(s, find(s, 'GIN'), 2, 1, ITEM1.slice(1)),
      issue: { tag: 'GIN', element: 2, component: 1 },
      text: /13 characters/,
    },
    {
      name: 'a UTC offset beyond 14 hours',
      breaks: (s) => setComponent(s, find(s, 'DTM', '334'), 1, 2, '20260314103000+1500'),
      issue: { tag: 'DTM', element: 1, component: 2 },
      text: /offset/,
    },
    {
      name: 'a time without offset',
      breaks: (s) => setComponent(s, find(s, 'DTM', '334'), 1, 2, '20260314103000'),
      issue: { tag: 'DTM', element: 1, component: 2 },
    },
    {
      name: 'a missing office',
      breaks: (s) => without(s, find(s, 'LOC', '175')),
      issue: { tag: 'LOC', element: null },
    },
    {
      name: 'an office with a digit',
      breaks: (s) => setComponent(s, find(s, 'LOC', '175'), 2, 1, 'FRCDG1'),
      issue: { tag: 'LOC', element: 2, component: 1 },
    },
    {
      name: 'a reason code in lower case',
      breaks: (s) => setComponent(s, find(s, 'STS', '1', 1), 3, 1, 'dnl'),
      issue: { tag: 'STS', element: 3, component: 1 },
    },
    {
      name: 'a receptacle that is an S8, not an S9',
      breaks: (s) => setComponent(s, find(s, 'PCI'), 2, 1, 'FRCDGAGBLHRAAUN60123'),
      issue: { tag: 'PCI', element: 2, component: 1 },
    },
    {
      name: 'an event count that disagrees',
      breaks: (s) => setComponent(s, find(s, 'CNT'), 1, 2, '1'),
      issue: { tag: 'CNT', element: 1, component: 2 },
    },
  ])
})

describe('EMSEVT', () => {
  it('keeps local time and offset exactly, half-hour zones and UTC included', () => {
    for (const at of ['2026-03-14T10:30:00+05:30', '2026-03-14T10:30:00-03:30', '2026-03-14T10:30:00Z']) {
      const first = emsevt.events[0]
      if (!first) throw new Error('fixture')
      const record = { events: [{ ...first, at }] }
      expect(emsevtMapping.decode(messageOf('EMSEVT', encoded('EMSEVT', record))).events[0]?.at).toBe(at)
    }
  })

  it('knows the UPU item event codes with their meanings', () => {
    const codes = EMSEVT_EVENT_LIST.entries.map((e) => e.code)
    for (const c of [
      'EMA',
      'EMB',
      'EMC',
      'EMD',
      'EME',
      'EMF',
      'EMG',
      'EMH',
      'EMI',
      'EXA',
      'EXB',
      'EXC',
      'EXD',
      'EXX',
    ]) {
      expect(codes).toContain(c)
    }
    for (const c of ['EDA', 'EDB', 'EDC', 'EDD', 'EDE', 'EDF', 'EDG', 'EDH', 'EDX'])
      expect(codes).toContain(c)
    expect(new Set(codes).size).toBe(codes.length)
    expect(emsevtEvent('EMD')?.meaning).toMatch(/inward office of exchange/)
  })
})
