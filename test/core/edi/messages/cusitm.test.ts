// CUSITM: what decode rejects, and where it says the fault is.
import { describe, expect, it } from 'vitest'
import { cusitmMapping } from '../../../../src/core/edi/messages'
import { cusitm } from './fixtures'
import { encoded, find, messageOf, setComponent, without } from './helpers'
import { hostile } from './hostile'

describe('CUSITM decode rejects', () => {
  hostile('CUSITM', [
    {
      name: 'a destination that is not a country code',
      breaks: (s) => setComponent(s, find(s, 'LOC', '28'), 2, 1, 'USA'),
      issue: { tag: 'LOC', element: 2, component: 1, segment: 5 },
      text: /ISO 3166/,
    },
    {
      name: 'a total value with three decimals',
      breaks: (s) => setComponent(s, find(s, 'MOA', '39'), 1, 2, '84.505'),
      issue: { tag: 'MOA', element: 1, component: 2, segment: 7 },
    },
    {
      name: 'a total value without currency',
      breaks: (s) => setComponent(s, find(s, 'MOA', '39'), 1, 3, ''),
      issue: { tag: 'MOA', element: 1, component: 3 },
    },
    {
      name: 'a missing addressee',
      breaks: (s) => without(s, find(s, 'NAD', 'CN')),
      issue: { tag: 'NAD' },
    },
    {
      name: 'content lines out of order',
      breaks: (s) => setComponent(s, find(s, 'LIN', undefined, 1), 1, 1, '3'),
      issue: { tag: 'LIN', element: 1, component: 1 },
      text: /line 2/,
    },
    {
      name: 'a quantity of zero',
      breaks: (s) => setComponent(s, find(s, 'QTY'), 1, 2, '0'),
      issue: { tag: 'QTY', element: 1, component: 2 },
    },
    {
      name: 'an HS code with a letter',
      breaks: (s) => setComponent(s, find(s, 'PIA'), 2, 1, '61A910'),
      issue: { tag: 'PIA', element: 2, component: 1 },
    },
    {
      name: 'a weight in pounds',
      breaks: (s) => setComponent(s, find(s, 'MEA'), 3, 1, 'LBR'),
      issue: { tag: 'MEA', element: 3, component: 1 },
    },
    {
      name: 'a line count that disagrees',
      breaks: (s) => setComponent(s, find(s, 'CNT'), 1, 2, '3'),
      issue: { tag: 'CNT', element: 1, component: 2 },
    },
  ])
})

describe('CUSITM', () => {
  it('keeps the service characters of free text', () => {
    const record = { ...cusitm, addressee: { name: "O'Brien + Sons: 50% ?", country: 'US' } }
    expect(cusitmMapping.decode(messageOf('CUSITM', encoded('CUSITM', record)))).toEqual(record)
  })
})
