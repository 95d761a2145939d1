// Performance sanity: 100 000 events decode in well under the time budget. The bound here is loose (a
// busy test machine must not fail it); throughput.ts run as a plain script reports the real numbers.
import { describe, expect, it } from 'vitest'
import { measure } from './throughput'

describe('decode throughput', () => {
  it.each(['EMSEVT', 'RESDIT'] as const)(
    '%s: 100 000 events, parse + decode above 25 000 events/s',
    (type) => {
      const result = measure(type, 100_000)
      expect(result.overallRate).toBeGreaterThan(25_000)
      expect(result.decodeRate).toBeGreaterThan(result.overallRate)
    },
  )
})
