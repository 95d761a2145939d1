// Customs through the contract, as the desktop and browser faces reach it: inputs and outputs validated
// on both sides, a worker's decision refused as `forbidden` with words, the officer's decision taking
// effect on the next scan.
import { describe, expect, it } from 'vitest'
import { handleCommand, type CommandHandlers, type Outcome } from '../../../src/api'
import { createStationHandlers } from '../../../src/station'
import { customsDesk, outbound } from './setup'

function ok(outcome: Outcome): Record<string, unknown> {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`)
  return outcome.output as Record<string, unknown>
}

function desk() {
  const ctx = customsDesk()
  const handlers = createStationHandlers({
    engine: 'server',
    version: 'test',
    dataDir: ctx.station.dataDir,
    station: ctx.station,
  }) as CommandHandlers
  const call = (command: string, input: unknown = {}) => handleCommand(handlers, command, input)
  return { ...ctx, call }
}

describe('customs over the contract', () => {
  it('holds, refuses a worker as forbidden, releases, and the item scans accordingly', async () => {
    const { call, customs, worker, scan } = desk()
    const held = ok(
      await call('customs.decide', {
        session: customs.token,
        items: [outbound(1)],
        decision: 'hold',
        kind: 'inspection',
        reason: 'x-ray anomaly',
      }),
    )
    expect(held.items).toMatchObject([{ itemId: outbound(1), state: 'held' }])
    expect((await scan(outbound(1))).outcome).toBe('held')

    const refused = await call('customs.decide', {
      session: worker.token,
      items: [outbound(1)],
      decision: 'release',
    })
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Deciding a customs matter needs a customs officer; operator amina is a worker.',
      },
    })

    ok(await call('customs.decide', { session: customs.token, items: [outbound(1)], decision: 'release' }))
    expect((await scan(outbound(1))).outcome).toBe('accepted')
  })

  it('answers the queue, one item in full, presentations and payments in the contract’s shapes', async () => {
    const { call, by, customs } = desk()
    ok(await call('customs.present', { session: by.token, items: [outbound(2)] }))
    ok(
      await call('customs.decide', {
        session: customs.token,
        items: [outbound(2)],
        decision: 'release',
        duty: { amount: 8.4, currency: 'EUR' },
      }),
    )
    const paid = ok(
      await call('customs.payment', { session: by.token, itemId: outbound(2), reference: 'R-1' }),
    )
    expect(paid.decision).toMatchObject({ paymentReference: 'R-1', duty: { amount: 8.4, currency: 'EUR' } })
    const queue = ok(await call('customs.queue', { status: 'released' }))
    expect(queue.items).toMatchObject([{ itemId: outbound(2), state: 'released' }])
    const item = ok(await call('customs.item', { itemId: outbound(2) }))
    expect(item.itemEvents).toMatchObject([{ code: 'EXA' }, { code: 'EXC' }])
    const bad = await call('customs.decide', { session: customs.token, items: [], decision: 'hold' })
    expect(bad.ok).toBe(false)
  })
})
