import type { Receptacle } from '../../src/api'
import { describe, expect, it } from 'vitest'
import { handleCommand, type CommandHandlers, type Outcome, type StationCommandHandlers } from '../../src/api'
import { createStationHandlers, type Station, type StationSlot } from '../../src/station'
import { CHICAGO, letter, newStation, ORIGIN, tempDir } from './fixtures'

function caller(handlers: StationCommandHandlers) {
  // The station's table alone: device commands are composed in by each face, not tested here.
  return async (command: string, input: unknown = {}): Promise<Outcome> =>
    handleCommand(handlers as CommandHandlers, command, input)
}

function ok(outcome: Outcome): Record<string, unknown> {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`)
  return outcome.output as Record<string, unknown>
}

describe('station handlers', () => {
  const handlers = createStationHandlers({ engine: 'server', version: '1.2.3', dataDir: '/srv/station' })

  it('identifies every code in order, one result each', async () => {
    const { results } = await handlers['ids.identify']({ codes: ['RB123456785GB', 'HELLO', 'USORDA'] })
    expect(results.map((r) => r.kind)).toEqual(['item', 'unknown', 'office'])
  })

  it('tells a face where the engine runs and which code lists it uses', async () => {
    const info = await handlers['app.info']({})
    expect(info).toMatchObject({
      product: 'Post Station',
      version: '1.2.3',
      engine: 'server',
      dataDir: '/srv/station',
    })
    expect(info.codeLists.map((l) => l.list)).toEqual(
      expect.arrayContaining(['service-indicators', 'countries', 'mail-categories', 'impc']),
    )
    for (const list of info.codeLists) expect(list.entries).toBeGreaterThan(0)
  })
})

describe('bagging commands', () => {
  it('without a data folder: no office, and every bagging command is unavailable with the way out', async () => {
    const call = caller(
      createStationHandlers({ engine: 'server', version: '0', dataDir: null, station: null }),
    )
    expect(ok(await call('station.status'))).toEqual({ office: null })
    for (const [command, input] of [
      ['receptacle.list', {}],
      ['session.signIn', { operator: 'amina', pin: '4821' }],
      ['station.setup', { impc: ORIGIN, name: null }],
    ] as const) {
      expect(await call(command, input)).toEqual({
        ok: false,
        error: {
          code: 'unavailable',
          message: 'No station data folder: start with --data DIR (after station init)',
        },
      })
    }
  })

  it('sets up a folder that is not initialised, then works on the station it opened', async () => {
    const dataDir = tempDir()
    const slot: StationSlot = { current: null }
    const opened: Station[] = []
    const call = caller(
      createStationHandlers({
        engine: 'desktop',
        version: '0',
        dataDir,
        station: slot,
        onStationOpened: (s) => opened.push(s),
      }),
    )
    try {
      expect(ok(await call('station.status'))).toEqual({ office: null })
      const unset = await call('receptacle.list', {})
      expect(unset).toMatchObject({ ok: false, error: { code: 'unavailable' } })
      expect(ok(await call('station.setup', { impc: ORIGIN, name: 'Roissy CDG' }))).toEqual({
        office: { impc: ORIGIN, name: 'Roissy CDG', durability: 'normal', weightLimitKg: 30 },
      })
      expect(opened).toHaveLength(1)
      expect(slot.current).toBe(opened[0])
      expect(await call('station.setup', { impc: ORIGIN, name: null })).toMatchObject({
        ok: false,
        error: { code: 'bad_request', message: expect.stringContaining('already set up') },
      })
    } finally {
      slot.current?.close()
    }
  })

  it('runs a bagging session through the contract, every output valid against it', async () => {
    const station = newStation()
    station.addOperator(station.defaultSession(), { id: 'amina', role: 'worker', pin: '4821' })
    const events: string[] = []
    station.on((name, payload) => {
      if (name === 'station.event' || name === 'receptacle.changed') {
        events.push(`${name}:${'type' in payload ? payload.type : (payload as Receptacle).items}`)
      }
    })
    const call = caller(
      createStationHandlers({ engine: 'server', version: '0', dataDir: station.dataDir, station }),
    )

    const { session } = ok(await call('session.signIn', { operator: 'amina', pin: '4821' })) as {
      session: string
    }
    expect(await call('session.signIn', { operator: 'amina', pin: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: 'Unknown operator or wrong PIN.' },
    })
    const opened = ok(
      await call('receptacle.open', { session, destination: CHICAGO, category: 'A', subclass: 'UN' }),
    )
    expect(opened).toMatchObject({
      receptacle: { handle: 1, serial: 1 },
      dispatch: { id: 'FRCDGAUSORDAAUN60001' },
    })
    expect(ok(await call('scan.submit', { session, code: letter(1), device: 'gun-1' }))).toMatchObject({
      outcome: 'accepted',
      receptacle: 1,
    })
    expect(ok(await call('scan.submit', { session, code: letter(1) }))).toMatchObject({
      outcome: 'duplicate',
    })
    expect(ok(await call('receptacle.list', {}))).toMatchObject({ receptacles: [{ handle: 1, items: 1 }] })
    expect(ok(await call('receptacle.get', { handle: 1 }))).toMatchObject({ items: [{ itemId: letter(1) }] })
    const closed = ok(await call('receptacle.close', { session, weightKg: 1.2, last: true }))
    expect(closed).toMatchObject({ receptacle: { receptacleId: 'FRCDGAUSORDAAUN60001001100012' } })
    const log = ok(await call('events.list', {})) as { events: Array<{ type: string }> }
    expect(log.events.map((e) => e.type)).toEqual([
      'operator.add',
      'receptacle.open',
      'scan',
      'scan',
      'receptacle.close',
      'dispatch.close',
      'label.queued',
      'dispatch.documents',
    ])
    expect(ok(await call('policy.list', {}))).toEqual({ policies: [] })
    expect(events).toEqual([
      'station.event:receptacle.open',
      'receptacle.changed:0',
      'station.event:scan',
      'receptacle.changed:1',
      'station.event:scan',
      'station.event:receptacle.close',
      'station.event:dispatch.close',
      'receptacle.changed:1',
    ])
    ok(await call('session.signOut', { session }))
    expect(await call('scan.submit', { session, code: letter(2) })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    })
  })

  it('turns refusals into errors a face can show: which role is needed, what is wrong', async () => {
    const station = newStation()
    station.addOperator(station.defaultSession(), { id: 'amina', role: 'worker', pin: '4821' })
    const call = caller(
      createStationHandlers({ engine: 'cli', version: '0', dataDir: station.dataDir, station }),
    )
    const { session } = ok(await call('session.signIn', { operator: 'amina', pin: '4821' })) as {
      session: string
    }
    expect(await call('scan.undo', { session, seq: 1 })).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Undoing a scan needs a supervisor or an admin; operator amina is a worker.',
      },
    })
    expect(
      await call('policy.set', {
        session,
        policy: { destination: 'US', requiresEad: true, requiresPreAdvice: false, weightLimitKg: null },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('supervisor') },
    })
    expect(
      await call('receptacle.open', { session, destination: CHICAGO, category: 'E', subclass: 'UN' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('category "E"') },
    })
    expect(await call('receptacle.close', { session, weightKg: 2, last: false })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('No receptacle is open') },
    })
    expect(await call('receptacle.get', { handle: 7 })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: 'Receptacle 7 does not exist.' },
    })
  })

  it('opens an initialised folder on first use when no station was given', async () => {
    const station = newStation()
    const dataDir = station.dataDir
    station.close()
    const opened: Station[] = []
    const call = caller(
      createStationHandlers({
        engine: 'server',
        version: '0',
        dataDir,
        onStationOpened: (s) => opened.push(s),
      }),
    )
    try {
      expect(ok(await call('station.status'))).toMatchObject({ office: { impc: ORIGIN } })
      expect(opened).toHaveLength(1)
    } finally {
      opened[0]?.close()
    }
  })
})
