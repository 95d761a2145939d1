import { describe, expect, it } from 'vitest'
import { ContractError, handleCommand, type CommandHandlers } from '../../src/api'
import { createIdleDeviceHandlers } from '../../src/devices'
import { createStationHandlers } from '../../src/station/handlers'

const real: CommandHandlers = {
  ...createStationHandlers({ engine: 'cli', version: '0.0.0-test', dataDir: null }),
  ...createIdleDeviceHandlers(),
}

function withIdentify(impl: CommandHandlers['ids.identify']): CommandHandlers {
  return { ...real, 'ids.identify': impl }
}

describe('handleCommand', () => {
  it('answers a valid request with the engine output', async () => {
    const outcome = await handleCommand(real, 'ids.identify', { codes: ['RB123456785GB'] })
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const { results } = outcome.output as { results: Array<{ kind: string; valid: boolean }> }
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({ kind: 'item', valid: true })
  })

  it('refuses a command the contract does not name', async () => {
    const outcome = await handleCommand(real, 'customs.release', {})
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'unknown_command', message: 'Unknown command: customs.release' },
    })
  })

  it('refuses inherited property names as commands', async () => {
    const outcome = await handleCommand(real, 'constructor', {})
    expect(outcome.ok).toBe(false)
  })

  it('says which field of the input is wrong', async () => {
    const outcome = await handleCommand(real, 'ids.identify', { codes: 'RB123456785GB' })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.error.code).toBe('bad_request')
    expect(outcome.error.message).toContain('codes')
  })

  it('refuses unknown extra input keys', async () => {
    const outcome = await handleCommand(real, 'ids.identify', { codes: ['X'], sneaky: true })
    expect(outcome.ok).toBe(false)
  })

  it('reports an engine that breaks its own output contract instead of passing it on', async () => {
    const broken = withIdentify(async () => ({ results: [{ kind: 'parcel' }] }) as never)
    const outcome = await handleCommand(broken, 'ids.identify', { codes: ['X'] })
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.error.code).toBe('bad_response')
  })

  it('passes expected failures through with their code and turns bugs into internal failures', async () => {
    const expected = withIdentify(async () => {
      throw new ContractError('unavailable', 'The manifest is being backed up')
    })
    expect(await handleCommand(expected, 'ids.identify', { codes: ['X'] })).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'The manifest is being backed up' },
    })
    const bug = withIdentify(async () => {
      throw new TypeError('x is undefined')
    })
    const outcome = await handleCommand(bug, 'ids.identify', { codes: ['X'] })
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'internal', message: 'ids.identify failed: x is undefined' },
    })
  })
})
