// RESDIT: what decode rejects, and where it says the fault is; event codes come from the code list.
import { describe, expect, it } from 'vitest'
import { RESDIT_EVENT_LIST, resditEvent } from '../../../../src/core/edi/messages'
import { R1 } from './fixtures'
import { find, setComponent, without } from './helpers'
import { hostile } from './hostile'

describe('RESDIT decode rejects', () => {
  hostile('RESDIT', [
    {
      name: 'an unknown event code',
      breaks: (s) => setComponent(s, find(s, 'STS'), 2, 1, '99'),
      issue: { tag: 'STS', element: 2, component: 1, segment: 6 },
      text: /74, 6, 48, 24, 41, 42, 43, 57, 82, 21/,
    },
    {
      name: 'a missing consignment',
      breaks: (s) => without(s, find(s, 'CNI')),
      issue: { tag: 'CNI', element: null, segment: 5 },
    },
    {
      name: 'a second consignment number in CNI',
      breaks: (s) => setComponent(s, find(s, 'CNI'), 1, 1, '2'),
      issue: { tag: 'CNI', element: 1, component: 1 },
    },
    {
      name: 'a document number in BGM',
      breaks: (s) => setComponent(s, 0, 2, 1, 'X1'),
      issue: { tag: 'BGM', element: 2, component: 1 },
    },
    {
      name: 'an event time that is not a date',
      breaks: (s) => setComponent(s, find(s, 'DTM', '334'), 1, 2, '2026031412100'),
      issue: { tag: 'DTM', element: 1, component: 2 },
    },
    {
      name: 'an event without time',
      breaks: (s) => without(s, find(s, 'DTM', '334', 1)),
      issue: { tag: 'DTM', element: null },
    },
    {
      name: 'an event location of two letters',
      breaks: (s) => setComponent(s, find(s, 'LOC', '175'), 2, 1, 'CD'),
      issue: { tag: 'LOC', element: 2, component: 1 },
    },
    {
      name: 'a flight without carrier',
      breaks: (s) => setComponent(s, find(s, 'TDT'), 5, 1, ''),
      issue: { tag: 'TDT', element: 5, component: 1 },
    },
    {
      name: 'a receptacle twice in one event',
      breaks: (s) => setComponent(s, find(s, 'PCI', undefined, 1), 2, 1, R1),
      issue: { tag: 'PCI', element: 2, component: 1 },
      text: /twice/,
    },
    {
      name: 'a bad S9',
      breaks: (s) => setComponent(s, find(s, 'PCI'), 2, 1, R1.toLowerCase()),
      issue: { tag: 'PCI', element: 2, component: 1 },
    },
    {
      name: 'an event count that disagrees',
      breaks: (s) => setComponent(s, find(s, 'CNT'), 1, 2, '4'),
      issue: { tag: 'CNT', element: 1, component: 2 },
      text: /events/,
    },
    {
      name: 'a receptacle count where an event count belongs',
      breaks: (s) => setComponent(s, find(s, 'CNT'), 1, 1, '11'),
      issue: { tag: 'CNT', element: 1, component: 1 },
    },
  ])
})

describe('RESDIT event codes', () => {
  it('are the ten of the reference, each with a meaning', () => {
    expect(RESDIT_EVENT_LIST.entries.map((e) => e.code)).toEqual([
      '74',
      '6',
      '48',
      '24',
      '41',
      '42',
      '43',
      '57',
      '82',
      '21',
    ])
    for (const e of RESDIT_EVENT_LIST.entries) expect(e.meaning).not.toBe('')
    expect(resditEvent('74')?.confirmed).toBe(true)
    expect(resditEvent('21')?.confirmed).toBe(true)
    expect(resditEvent('48')?.confirmed).toBe(false)
    expect(resditEvent('99')).toBeUndefined()
  })
})
