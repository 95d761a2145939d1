// REFRSP: what decode rejects, and where it says the fault is.
import { describe } from 'vitest'
import { find, setComponent } from './helpers'
import { hostile } from './hostile'

describe('REFRSP decode rejects', () => {
  hostile('REFRSP', [
    {
      name: 'a response code in lower case',
      breaks: (s) => setComponent(s, find(s, 'STS'), 2, 1, 'inf'),
      issue: { tag: 'STS', element: 2, component: 1, segment: 5 },
    },
    {
      name: 'a response count that disagrees',
      breaks: (s) => setComponent(s, find(s, 'CNT'), 1, 2, '2'),
      issue: { tag: 'CNT', element: 1, component: 2 },
    },
    {
      name: 'an item of 12 characters',
      breaks: (s) => setComponent(s, find(s, 'GIN'), 2, 1, 'R1234567FR'),
      issue: { tag: 'GIN', element: 2, component: 1 },
    },
  ])
})
