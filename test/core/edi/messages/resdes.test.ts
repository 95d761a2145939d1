// RESDES: what decode rejects, and where it says the fault is.
import { describe, expect, it } from 'vitest'
import { resdesMapping } from '../../../../src/core/edi/messages'
import { R1 } from './fixtures'
import { encoded, find, messageOf, setComponent, without } from './helpers'
import { hostile } from './hostile'
import { resdes } from './fixtures'

describe('RESDES decode rejects', () => {
  hostile('RESDES', [
    {
      name: 'a missing receiving office',
      breaks: (s) => without(s, find(s, 'LOC', '175')),
      issue: { tag: 'LOC', element: null, segment: 5 },
    },
    {
      name: 'a bad S8',
      breaks: (s) => setComponent(s, 0, 2, 1, 'FRCDGAGBLHRAAUN6012X'),
      issue: { tag: 'BGM', element: 2, component: 1 },
    },
    {
      name: 'a receipt hour that does not exist',
      breaks: (s) => setComponent(s, find(s, 'DTM', '50'), 1, 2, '20260315251200+0000'),
      issue: { tag: 'DTM', element: 1, component: 2 },
      text: /hour 25/,
    },
    {
      name: 'an office of 5 letters',
      breaks: (s) => setComponent(s, find(s, 'LOC', '175'), 2, 1, 'GBLHR'),
      issue: { tag: 'LOC', element: 2, component: 1 },
    },
    {
      name: 'an unknown condition code',
      breaks: (s) => setComponent(s, find(s, 'STS'), 2, 1, 'XXX'),
      issue: { tag: 'STS', element: 2, component: 1 },
      text: /REC, MIS, DAM/,
    },
    {
      name: 'a missing condition',
      breaks: (s) => without(s, find(s, 'STS')),
      issue: { tag: 'STS', element: null },
    },
    {
      name: 'a receptacle listed twice',
      breaks: (s) => setComponent(s, find(s, 'PCI', undefined, 1), 2, 1, R1),
      issue: { tag: 'PCI', element: 2, component: 1 },
      text: /twice/,
    },
    {
      name: 'an S9 with letters in its weight',
      breaks: (s) => setComponent(s, find(s, 'PCI'), 2, 1, `${R1.slice(0, 25)}01A5`),
      issue: { tag: 'PCI', element: 2, component: 1 },
    },
    {
      name: 'a negative weight',
      breaks: (s) => setComponent(s, find(s, 'MEA'), 3, 2, '-1'),
      issue: { tag: 'MEA', element: 3, component: 2 },
    },
    {
      name: 'a count that disagrees',
      breaks: (s) => setComponent(s, find(s, 'CNT'), 1, 2, '1'),
      issue: { tag: 'CNT', element: 1, component: 2 },
    },
    {
      name: 'a count that is not a number',
      breaks: (s) => setComponent(s, find(s, 'CNT'), 1, 2, 'two'),
      issue: { tag: 'CNT', element: 1, component: 2 },
    },
  ])
})

describe('RESDES', () => {
  it('leaves the weight out when it was not taken, and reads it back as null', () => {
    const s = encoded('RESDES', resdes)
    expect(s.filter((x) => x.tag === 'MEA')).toHaveLength(1)
    expect(resdesMapping.decode(messageOf('RESDES', s)).receptacles[1]?.weightKg).toBeNull()
  })
})
