// ITMREF: what decode rejects, and where it says the fault is.
import { describe } from 'vitest'
import { ITEM1 } from './fixtures'
import { find, setComponent, without } from './helpers'
import { hostile } from './hostile'

describe('ITMREF decode rejects', () => {
  hostile('ITMREF', [
    {
      name: 'a referral type that is not RFI, RFS or DNL',
      breaks: (s) => setComponent(s, find(s, 'STS'), 2, 1, 'ASC'),
      issue: { tag: 'STS', element: 2, component: 1, segment: 5 },
      text: /RFI, RFS, DNL/,
    },
    {
      name: 'a missing referral type',
      breaks: (s) => without(s, find(s, 'STS')),
      issue: { tag: 'STS' },
    },
    {
      name: 'the same item twice',
      breaks: (s) => setComponent(s, find(s, 'GIN', 'BN', 1), 2, 1, ITEM1),
      issue: { tag: 'GIN', element: 2, component: 1 },
      text: /listed twice/,
    },
    {
      name: 'an S10 with a wrong check digit',
      breaks: (s) => setComponent(s, find(s, 'GIN'), 2, 1, `${ITEM1.slice(0, 10)}9${ITEM1.slice(11)}`),
      issue: { tag: 'GIN', element: 2, component: 1, segment: 4 },
    },
    {
      name: 'a text of 513 characters',
      breaks: (s) => setComponent(s, find(s, 'FTX'), 4, 1, 'x'.repeat(513)),
      issue: { tag: 'FTX', element: 4, component: 1 },
      text: /at most 512/,
    },
  ])
})
