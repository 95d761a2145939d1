// PREDES: what decode rejects, and where it says the fault is.
import { describe, expect, it } from 'vitest'
import { predesMapping } from '../../../../src/core/edi/messages'
import { seg } from '../../../../src/core/edi/messages/build'
import { DISPATCH, ITEM1, predes, R1 } from './fixtures'
import { encoded, expectIssue, find, inserted, messageOf, setComponent, without } from './helpers'
import { hostile } from './hostile'

const at = (segments: ReturnType<typeof encoded>, tag: string, q?: string, n = 0): number =>
  find(segments, tag, q, n)

describe('PREDES decode rejects', () => {
  hostile('PREDES', [
    { name: 'a missing BGM', breaks: (s) => without(s, 0), issue: { tag: 'BGM', element: null, segment: 3 } },
    {
      name: 'a missing closing time',
      breaks: (s) => without(s, at(s, 'DTM', '11')),
      issue: { tag: 'DTM', element: null, segment: 4 },
      text: /Missing DTM\+11/,
    },
    {
      name: 'another document code',
      breaks: (s) => setComponent(s, 0, 1, 1, '785'),
      issue: { tag: 'BGM', element: 1, component: 1 },
    },
    {
      name: 'a message function other than original',
      breaks: (s) => setComponent(s, 0, 3, 1, '5'),
      issue: { tag: 'BGM', element: 3, component: 1 },
    },
    {
      name: 'an S8 of the wrong length',
      breaks: (s) => setComponent(s, 0, 2, 1, DISPATCH.slice(0, 19)),
      issue: { tag: 'BGM', element: 2, component: 1 },
      text: /20 characters/,
    },
    {
      name: 'a closing date that does not exist',
      breaks: (s) => setComponent(s, 1, 1, 2, '20260230103000+0100'),
      issue: { tag: 'DTM', element: 1, component: 2, segment: 4 },
      text: /day 30/,
    },
    {
      name: 'a DTM format without a UTC offset',
      breaks: (s) => setComponent(setComponent(s, 1, 1, 2, '202603141030'), 1, 1, 3, '203'),
      issue: { tag: 'DTM', element: 1, component: 3 },
    },
    {
      name: 'an origin office that is not an IMPC code',
      breaks: (s) => setComponent(s, at(s, 'LOC', '5'), 2, 1, 'FRCDG'),
      issue: { tag: 'LOC', element: 2, component: 1 },
    },
    {
      name: 'an origin office the S8 contradicts',
      breaks: (s) => setComponent(s, at(s, 'LOC', '5'), 2, 1, 'FRCDGB'),
      issue: { tag: 'LOC', element: 2, component: 1 },
      text: /disagrees with dispatch/,
    },
    {
      name: 'a mail category outside code list 115',
      breaks: (s) => setComponent(s, at(s, 'GIS'), 1, 1, 'E'),
      issue: { tag: 'GIS', element: 1, component: 1 },
      text: /code list 115/,
    },
    {
      name: 'a subclass the S8 contradicts',
      breaks: (s) => setComponent(s, at(s, 'GIS', undefined, 1), 1, 1, 'CN'),
      issue: { tag: 'GIS', element: 1, component: 1 },
    },
    {
      name: 'a mode of transport outside 1–4',
      breaks: (s) => setComponent(s, at(s, 'TDT'), 3, 1, '9'),
      issue: { tag: 'TDT', element: 3, component: 1 },
    },
    {
      name: 'a leg with a departure qualifier other than 133',
      breaks: (s) => setComponent(s, at(s, 'DTM', '133'), 1, 1, '999'),
      issue: { tag: 'DTM', element: 1, component: 1 },
      text: /DTM\+133/,
    },
    {
      name: 'an S9 of the wrong length',
      breaks: (s) => setComponent(s, at(s, 'PCI'), 2, 1, R1.slice(0, 28)),
      issue: { tag: 'PCI', element: 2, component: 1 },
      text: /29 characters/,
    },
    {
      name: 'an S9 of another dispatch',
      breaks: (s) => setComponent(s, at(s, 'PCI'), 2, 1, `FRCDGAGBLHRAAUN60124${R1.slice(20)}`),
      issue: { tag: 'PCI', element: 2, component: 1 },
      text: /does not belong/,
    },
    {
      name: 'a receptacle listed twice',
      breaks: (s) => setComponent(s, at(s, 'PCI', undefined, 1), 2, 1, R1),
      issue: { tag: 'PCI', element: 2, component: 1 },
      text: /twice \(first at segment 15\)/,
    },
    {
      name: 'an S10 with a wrong check digit',
      breaks: (s) => setComponent(s, at(s, 'GIN'), 2, 1, `${ITEM1.slice(0, 10)}0${ITEM1.slice(11)}`),
      issue: { tag: 'GIN', element: 2, component: 1 },
      text: /Check digit/,
    },
    {
      name: 'an item in two receptacles',
      breaks: (s) => setComponent(s, at(s, 'GIN', undefined, 2), 2, 1, ITEM1),
      issue: { tag: 'GIN', element: 2, component: 1 },
      text: /twice/,
    },
    {
      name: 'a weight that is not a number',
      breaks: (s) => setComponent(s, at(s, 'MEA'), 3, 2, '12,5kg'),
      issue: { tag: 'MEA', element: 3, component: 2 },
    },
    {
      name: 'a weight in pounds',
      breaks: (s) => setComponent(s, at(s, 'MEA'), 3, 1, 'LBR'),
      issue: { tag: 'MEA', element: 3, component: 1 },
    },
    {
      name: 'receptacles numbered out of sequence',
      breaks: (s) => setComponent(s, at(s, 'GID', undefined, 1), 1, 1, '3'),
      issue: { tag: 'GID', element: 1, component: 1 },
    },
    {
      name: 'a receptacle count that disagrees with the list',
      breaks: (s) => setComponent(s, at(s, 'CNT'), 1, 2, '3'),
      issue: { tag: 'CNT', element: 1, component: 2 },
      text: /says 3 receptacles but the message lists 2/,
    },
    {
      name: 'a missing count',
      breaks: (s) => without(s, at(s, 'CNT')),
      issue: { tag: 'CNT', element: null },
      text: /message ends/,
    },
    {
      name: 'a segment the table does not have',
      breaks: (s) => inserted(s, at(s, 'GID'), seg('FTX', 'AAI', '', '', 'HELLO')),
      issue: { tag: 'FTX', element: null, segment: 14 },
      text: /Unexpected FTX/,
    },
    {
      name: 'a known segment out of place',
      breaks: (s) => inserted(s, at(s, 'GID'), seg('GIS', ['A', '115'])),
      issue: { tag: 'CNT', element: null, segment: 14 },
      text: /found GIS/,
    },
    {
      name: 'anything after the count',
      breaks: (s) => [...s, seg('FTX', 'AAI')],
      issue: { tag: 'FTX', element: null },
      text: /Unexpected FTX/,
    },
  ])
})

describe('PREDES', () => {
  it('refuses another version in UNH', () => {
    const message = messageOf('PREDES', encoded('PREDES', predes))
    const v1 = { ...message, header: { ...message.header, version: '1' } }
    expectIssue(() => predesMapping.decode(v1), { tag: 'UNH', element: 2, component: 2, segment: 2 })
  })

  it('reads highest and registered from the S9 (positions 24 and 25)', () => {
    const record = predesMapping.decode(messageOf('PREDES', encoded('PREDES', predes)))
    expect(record.receptacles.map((r) => [r.highest, r.registered])).toEqual([
      [false, true],
      [true, false],
    ])
  })

  it('refuses to encode flags its S9 contradicts', () => {
    const first = predes.receptacles[0]
    if (!first) throw new Error('fixture')
    const wrong = { ...predes, receptacles: [{ ...first, highest: true }] }
    expect(() => predesMapping.encode(wrong)).toThrow(RangeError)
  })

  it('reads a comma as the decimal mark and format 303 times', () => {
    const s = encoded('PREDES', predes)
    const changed = setComponent(
      setComponent(setComponent(s, at(s, 'MEA'), 3, 2, '12,52'), 1, 1, 2, '202603141030+01'),
      1,
      1,
      3,
      '303',
    )
    expect(predesMapping.decode(messageOf('PREDES', changed))).toEqual(predes)
  })
})
