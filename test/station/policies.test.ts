import { describe, expect, it } from 'vitest'
import { crew, newStation, reopen } from './fixtures'
import { refusal } from './refuse'

describe('destination policies', () => {
  it('are set by staff who run the office, listed, and kept', () => {
    const station = newStation()
    const { supervisor, worker, customs } = crew(station)
    const us = { destination: 'US', requiresEad: true, requiresPreAdvice: false, weightLimitKg: null }
    expect(station.setPolicy(supervisor, us)).toEqual(us)
    station.setPolicy(station.defaultSession(), { ...us, destination: 'usorda', weightLimitKg: 25 })
    station.setPolicy(supervisor, { ...us, requiresPreAdvice: true })
    expect(station.listPolicies()).toEqual([
      { ...us, requiresPreAdvice: true },
      { ...us, destination: 'USORDA', weightLimitKg: 25 },
    ])
    expect(refusal(() => station.setPolicy(worker, us)).code).toBe('forbidden')
    expect(refusal(() => station.setPolicy(customs, us)).code).toBe('forbidden')
    expect(station.events().at(-1)).toMatchObject({ type: 'policy.set', operator: 'bruno', code: 'US' })
    const dataDir = station.dataDir
    station.close()
    expect(reopen(dataDir).listPolicies()).toHaveLength(2)
  })

  it('refuses a destination that is neither a country nor an office, and a limit an S9 cannot carry', () => {
    const station = newStation()
    const by = station.defaultSession()
    const base = { requiresEad: false, requiresPreAdvice: false, weightLimitKg: null }
    expect(refusal(() => station.setPolicy(by, { ...base, destination: 'USA' })).code).toBe('invalid')
    expect(
      refusal(() => station.setPolicy(by, { ...base, destination: 'US', weightLimitKg: 1000 })).code,
    ).toBe('invalid')
  })
})
