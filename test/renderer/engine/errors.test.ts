import { describe, expect, it } from 'vitest'
import { ContractError } from '../../../src/api'
import { describeEngineError } from '../../../src/renderer/engine/errors'

describe('describeEngineError', () => {
  it('turns each transport failure code into its own reason, keeping the technical message', () => {
    const problem = describeEngineError(
      new ContractError('unavailable', 'Cannot reach ws://127.0.0.1:8790/api'),
    )
    expect(problem).toEqual({
      reason: 'engineError.unavailable',
      details: 'Cannot reach ws://127.0.0.1:8790/api',
    })
    expect(describeEngineError(new ContractError('unauthorized', 'bad token')).reason).toBe(
      'engineError.unauthorized',
    )
  })

  it('still shows an unexpected error, with its message', () => {
    expect(describeEngineError(new TypeError('x is undefined'))).toEqual({
      reason: 'engineError.unexpected',
      details: 'x is undefined',
    })
    expect(describeEngineError('boom')).toEqual({ reason: 'engineError.unexpected', details: 'boom' })
  })
})
