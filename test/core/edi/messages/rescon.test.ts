// RESCON: what decode rejects, and where it says the fault is.
import { describe } from 'vitest'
import { R1 } from './fixtures'
import { find, setComponent, without } from './helpers'
import { hostile } from './hostile'

describe('RESCON decode rejects', () => {
  hostile('RESCON', [
    {
      name: 'a missing take-over time',
      breaks: (s) => without(s, find(s, 'DTM', '50')),
      issue: { tag: 'DTM', element: null, segment: 4 },
    },
    {
      name: 'an empty consignment id',
      breaks: (s) => setComponent(s, 0, 2, 1, ''),
      issue: { tag: 'BGM', element: 2, component: 1 },
    },
    {
      name: 'an unknown condition code',
      breaks: (s) => setComponent(s, find(s, 'STS'), 2, 1, 'OK'),
      issue: { tag: 'STS', element: 2, component: 1 },
    },
    {
      name: 'an STS with another status category',
      breaks: (s) => setComponent(s, find(s, 'STS'), 1, 1, '2'),
      issue: { tag: 'STS', element: 1, component: 1 },
    },
    {
      name: 'a receptacle listed twice',
      breaks: (s) => setComponent(s, find(s, 'PCI', undefined, 1), 2, 1, R1),
      issue: { tag: 'PCI', element: 2, component: 1 },
    },
    {
      name: 'an S9 with an indicator of 5',
      breaks: (s) => setComponent(s, find(s, 'PCI'), 2, 1, `${R1.slice(0, 23)}5${R1.slice(24)}`),
      issue: { tag: 'PCI', element: 2, component: 1 },
      text: /indicator/,
    },
    {
      name: 'a count that disagrees',
      breaks: (s) => setComponent(s, find(s, 'CNT'), 1, 2, '5'),
      issue: { tag: 'CNT', element: 1, component: 2 },
    },
  ])
})
