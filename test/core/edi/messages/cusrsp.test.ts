// CUSRSP: what decode rejects, and the decision each processing indicator stands for.
import { describe, expect, it } from 'vitest'
import { CUSTOMS_INDICATOR_LIST, customsIndicator } from '../../../../src/core/edi/messages'
import { ITEM1 } from './fixtures'
import { find, setComponent } from './helpers'
import { hostile } from './hostile'

describe('CUSRSP decode rejects', () => {
  hostile('CUSRSP', [
    {
      name: 'an unknown processing indicator',
      breaks: (s) => setComponent(s, find(s, 'GIS'), 1, 1, '9'),
      issue: { tag: 'GIS', element: 1, component: 1, segment: 5 },
      text: /4, 5, 6, 7/,
    },
    {
      name: 'another code list for the indicator',
      breaks: (s) => setComponent(s, find(s, 'GIS'), 1, 3, '1001'),
      issue: { tag: 'GIS', element: 1, component: 3 },
    },
    {
      name: 'the same item twice',
      breaks: (s) => setComponent(s, find(s, 'GIN', 'BN', 1), 2, 1, ITEM1),
      issue: { tag: 'GIN', element: 2, component: 1 },
      text: /listed twice/,
    },
    {
      name: 'a duty in a currency of two letters',
      breaks: (s) => setComponent(s, find(s, 'MOA'), 1, 3, 'US'),
      issue: { tag: 'MOA', element: 1, component: 3 },
    },
    {
      name: 'an empty reason',
      breaks: (s) => setComponent(s, find(s, 'FTX'), 4, 1, ''),
      issue: { tag: 'FTX', element: 4, component: 1 },
    },
  ])
})

describe('CUSRSP indicators', () => {
  it('maps 4 to release and 5, 6, 7 to holds with their reasons, all unconfirmed', () => {
    expect(customsIndicator('4')).toMatchObject({ decision: 'release', holdReason: null })
    expect(customsIndicator('5')).toMatchObject({ decision: 'hold', holdReason: 'inspection' })
    expect(customsIndicator('6')).toMatchObject({ decision: 'hold', holdReason: 'documents_required' })
    expect(customsIndicator('7')).toMatchObject({ decision: 'hold', holdReason: 'prohibited_restricted' })
    expect(customsIndicator('8')).toBeNull()
    expect(CUSTOMS_INDICATOR_LIST.entries.every((e) => !e.confirmed)).toBe(true)
  })
})
