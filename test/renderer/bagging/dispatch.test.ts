import { describe, expect, it } from 'vitest'
import { dispatchNumber } from '../../../src/renderer/bagging/dispatch'

describe('dispatchNumber', () => {
  it('is the last four digits of the S8 dispatch id', () => {
    expect(dispatchNumber('FRCDGADZALGDAUN40553')).toBe(553)
    expect(dispatchNumber('AEDXBADZAAEDACN45001')).toBe(5001)
    expect(dispatchNumber('FRCDGADZALGDAUN60001')).toBe(1)
  })

  it('gives no number rather than a wrong one for anything that is not an S8 id', () => {
    expect(dispatchNumber('FRCDGADZALGDAUN40553006010061')).toBeNull()
    expect(dispatchNumber('FRCDGADZALGDAUN4055')).toBeNull()
    expect(dispatchNumber('FRCDGADZALGDAUN40000')).toBeNull()
    expect(dispatchNumber('')).toBeNull()
  })
})
