// CARDIT and PRECON: what decode rejects, and where it says the fault is.
import { describe, expect, it } from 'vitest'
import { carditMapping, preconMapping } from '../../../../src/core/edi/messages'
import { consignment, predes, R1 } from './fixtures'
import { encoded, expectIssue, find, messageOf, setComponent, without } from './helpers'
import { hostile, type HostileCase } from './hostile'

const CASES: HostileCase[] = [
  {
    name: 'a consignment id with a space',
    breaks: (s) => setComponent(s, 0, 2, 1, 'FRA 2026'),
    issue: { tag: 'BGM', element: 2, component: 1 },
  },
  {
    name: 'a missing preparation time',
    breaks: (s) => without(s, find(s, 'DTM', '137')),
    issue: { tag: 'DTM', element: null, segment: 4 },
  },
  {
    name: 'an origin that is neither airport nor office',
    breaks: (s) => setComponent(s, find(s, 'LOC', '5'), 2, 1, 'CDGA'),
    issue: { tag: 'LOC', element: 2, component: 1 },
  },
  {
    name: 'an unknown mail category',
    breaks: (s) => setComponent(s, find(s, 'GIS'), 1, 1, 'Z'),
    issue: { tag: 'GIS', element: 1, component: 1 },
  },
  {
    name: 'a missing carrier',
    breaks: (s) => without(s, find(s, 'NAD', 'CA')),
    issue: { tag: 'NAD', element: null },
  },
  {
    name: 'a carrier code in lower case',
    breaks: (s) => setComponent(s, find(s, 'NAD', 'CA'), 2, 1, 'af'),
    issue: { tag: 'NAD', element: 2, component: 1 },
  },
  {
    name: 'a leg without carrier',
    breaks: (s) => setComponent(s, find(s, 'TDT'), 5, 1, ''),
    issue: { tag: 'TDT', element: 5, component: 1 },
  },
  {
    name: 'an arrival time with minute 61',
    breaks: (s) => setComponent(s, find(s, 'DTM', '132'), 1, 2, '20260314196100+0000'),
    issue: { tag: 'DTM', element: 1, component: 2 },
  },
  {
    name: 'a GID for two packages',
    breaks: (s) => setComponent(s, find(s, 'GID'), 2, 1, '2'),
    issue: { tag: 'GID', element: 2, component: 1 },
  },
  {
    name: 'a receptacle listed twice',
    breaks: (s) => setComponent(s, find(s, 'PCI', undefined, 1), 2, 1, R1),
    issue: { tag: 'PCI', element: 2, component: 1 },
  },
  {
    name: 'a missing weight',
    breaks: (s) => without(s, find(s, 'MEA')),
    issue: { tag: 'MEA', element: null },
  },
  {
    name: 'a count that disagrees',
    breaks: (s) => setComponent(s, find(s, 'CNT'), 1, 2, '0'),
    issue: { tag: 'CNT', element: 1, component: 2 },
  },
]

describe('CARDIT decode rejects', () => hostile('CARDIT', CASES))
describe('PRECON decode rejects', () => hostile('PRECON', CASES))

describe('CARDIT and PRECON', () => {
  it('are told apart by UNH: a CARDIT is not read as a PRECON', () => {
    const cardit = messageOf('CARDIT', encoded('CARDIT', consignment))
    expectIssue(() => preconMapping.decode(cardit), { tag: 'UNH', element: 2, component: 1 }, /PRECON/)
  })

  it('do not send items to the carrier', () => {
    const withItems = { ...consignment, receptacles: predes.receptacles }
    const s = carditMapping.encode(withItems)
    expect(s.some((x) => x.tag === 'GIN')).toBe(false)
    expect(carditMapping.decode(messageOf('CARDIT', s)).receptacles.map((r) => r.items)).toEqual([[], []])
  })
})
