// A whole bagging session through the command line, as a script at a station would run it.
import { describe, expect, it } from 'vitest'
import { identify } from '../../src/core/ids'
import {
  CHICAGO,
  initialised,
  letter,
  openToChicago,
  ORIGIN,
  parcel,
  registered,
  station,
  tempDir,
  writeFile,
} from './helpers'

const MANIFEST = [
  'itemId,destinationOffice,destinationCountry,weightKg,contentsType,sender,addressee',
  `${registered(1)},${CHICAGO},US,0.12,documents,Cabinet Durand,"Acme, Inc."`,
  `${letter(2)},${CHICAGO},US,0.05,,,`,
  `${parcel(3)},${CHICAGO},US,1.5,merchandise,,`,
  `${registered(4)},,GB,0.2,documents,,`,
].join('\n')

describe('a scripted bagging session', () => {
  it('sets up, imports, opens, scans every outcome, closes with S8/S9 ids and logs it all', async () => {
    const data = `${tempDir()}/station`
    const init = await station([
      'init',
      '--data',
      data,
      '--office',
      'frcdga',
      '--name',
      'Roissy CDG',
      '--json',
    ])
    expect(init.code, init.err.join('\n')).toBe(0)
    expect(init.json()[0]).toMatchObject({
      office: { impc: ORIGIN, name: 'Roissy CDG', durability: 'normal' },
    })

    const file = writeFile(tempDir(), 'manifest.csv', MANIFEST)
    const imported = await station(['import', 'manifest', '--data', data, '--json', file])
    expect(imported.code, imported.err.join('\n')).toBe(0)
    expect(imported.json()[0]).toMatchObject({ items: 4, created: 4, updated: 0 })

    const open = await openToChicago(data, '--json')
    expect(open.code, open.err.join('\n')).toBe(0)
    const opened = open.json()[0] as {
      receptacle: Record<string, unknown>
      dispatch: Record<string, unknown>
    }
    expect(Object.keys(opened)).toEqual(['receptacle', 'dispatch'])
    expect(Object.keys(opened.receptacle).slice(0, 3)).toEqual(['handle', 'dispatch', 'serial'])
    expect(opened.receptacle).toMatchObject({
      handle: 1,
      serial: 1,
      destination: CHICAGO,
      state: 'open',
      items: 0,
    })
    const s8 = identify(String(opened.receptacle.dispatch))
    expect(s8).toMatchObject({ kind: 'dispatch', valid: true })
    expect(s8.fields).toMatchObject({
      origin: ORIGIN,
      destination: CHICAGO,
      category: 'A',
      subclass: 'UN',
      dispatchNumber: 1,
    })
    expect(opened.dispatch).toMatchObject({ id: opened.receptacle.dispatch, number: 1, state: 'open' })

    const bad = registered(5).slice(0, 10) + ((Number(registered(5)[10]) + 1) % 10) + 'FR'
    const scan = await station([
      'scan',
      '--data',
      data,
      '--json',
      registered(1),
      registered(1),
      parcel(3),
      registered(4),
      bad,
    ])
    expect(scan.code).toBe(1)
    const lines = scan.json()
    expect(lines.map((l) => l.outcome)).toEqual(['accepted', 'duplicate', 'missort', 'missort', 'invalid_id'])
    expect(Object.keys(lines[0]!).slice(0, 4)).toEqual(['code', 'outcome', 'reason', 'receptacle'])
    expect(lines[0]).toMatchObject({ code: registered(1), itemId: registered(1), receptacle: 1 })
    for (const line of lines) expect(line.reason).toEqual(expect.any(String))
    expect(lines[2]!.reason).toMatch(/parcel/i)
    expect(new Set(lines.map((l) => l.seq)).size).toBe(5)

    // A second receptacle of the same series joins the open dispatch as serial 2.
    const second = await openToChicago(data, '--json')
    const secondReceptacle = (second.json()[0] as { receptacle: Record<string, unknown> }).receptacle
    expect(secondReceptacle).toMatchObject({ handle: 2, serial: 2, dispatch: opened.receptacle.dispatch })
    const elsewhere = await station(['scan', '--data', data, '--json', '--receptacle', '2', registered(1)])
    expect(elsewhere.code).toBe(1)
    expect(elsewhere.json()[0]).toMatchObject({ outcome: 'in_other_receptacle', receptacle: 2 })
    expect(String(elsewhere.json()[0]!.reason)).toContain('receptacle 1')
    const into2 = await station([
      'scan',
      '--data',
      data,
      '--json',
      '--receptacle',
      '2',
      '--device',
      'lane-3',
      letter(2),
    ])
    expect(into2.code).toBe(0)
    expect(into2.json()[0]).toMatchObject({ outcome: 'accepted', receptacle: 2 })

    const close1 = await station([
      'receptacle',
      'close',
      '--data',
      data,
      '--receptacle',
      '1',
      '--weight',
      '3.2',
      '--json',
    ])
    expect(close1.code, close1.err.join('\n')).toBe(0)
    const closed1 = close1.json()[0]!
    expect(Object.keys(closed1).slice(0, 3)).toEqual(['receptacleId', 'items', 'weightKg'])
    expect(closed1).toMatchObject({ items: 1, weightKg: 3.2, handle: 1, highest: false, registered: true })
    expect(String(closed1.receptacleId)).toHaveLength(29)
    const s9 = identify(String(closed1.receptacleId))
    expect(s9).toMatchObject({ kind: 'receptacle', valid: true })
    expect(s9.fields).toMatchObject({ receptacleSerial: 1, highest: false, registered: true, weightKg: 3.2 })
    expect(String(closed1.receptacleId).slice(0, 20)).toBe(opened.receptacle.dispatch)

    const close2 = await station([
      'receptacle',
      'close',
      '--data',
      data,
      '--weight',
      '0.6',
      '--last',
      '--json',
    ])
    expect(close2.code, close2.err.join('\n')).toBe(0)
    const closed2 = close2.json()[0]!
    expect(closed2).toMatchObject({
      handle: 2,
      items: 1,
      highest: true,
      registered: false,
      dispatchState: 'closed',
    })
    expect(identify(String(closed2.receptacleId)).fields).toMatchObject({
      receptacleSerial: 2,
      highest: true,
      weightKg: 0.6,
    })

    const none = await station(['scan', '--data', data, '--json', letter(9)])
    expect(none.json()[0]).toMatchObject({ outcome: 'no_receptacle', receptacle: null })

    // The next receptacle of the series starts a new dispatch: number 2.
    const next = await openToChicago(data, '--json')
    const nextDispatch = String(
      (next.json()[0] as { receptacle: Record<string, unknown> }).receptacle.dispatch,
    )
    expect(identify(nextDispatch).fields).toMatchObject({ dispatchNumber: 2 })

    const events = await station(['events', '--data', data, '--json'])
    expect(events.code).toBe(0)
    const log = events.json()
    expect(log.map((e) => e.seq)).toEqual([...log.map((e) => e.seq as number)].sort((a, b) => a - b))
    const scans = log.filter((e) => e.type === 'scan')
    expect(scans.map((e) => e.outcome)).toEqual([
      'accepted',
      'duplicate',
      'missort',
      'missort',
      'invalid_id',
      'in_other_receptacle',
      'accepted',
      'no_receptacle',
    ])
    expect(scans.find((e) => e.device === 'lane-3')).toMatchObject({
      code: letter(2),
      operator: 'station',
      station: ORIGIN,
    })
    for (const line of [...lines, ...elsewhere.json(), ...into2.json()])
      expect(log.find((e) => e.seq === line.seq)).toMatchObject({ code: line.code, outcome: line.outcome })
    expect(log.filter((e) => String(e.type).startsWith('receptacle.')).length).toBeGreaterThanOrEqual(5)

    const readable = await station(['events', '--data', data])
    expect(readable.out).toHaveLength(log.length)
    expect(readable.out.join('\n')).toContain('IN_OTHER_RECEPTACLE')
    const page = await station([
      'events',
      '--data',
      data,
      '--json',
      '--after',
      String(scans[0]!.seq),
      '--limit',
      '2',
    ])
    expect(page.json().map((e) => e.seq)).toEqual(
      log
        .filter((e) => (e.seq as number) > (scans[0]!.seq as number))
        .slice(0, 2)
        .map((e) => e.seq),
    )
  })

  it('prints readable lines without --json: outcome in capitals and the reason', async () => {
    const data = await initialised()
    await openToChicago(data)
    const r = await station(['scan', '--data', data, letter(1), letter(1)])
    expect(r.code).toBe(1)
    expect(r.out[0]).toMatch(/^ACCEPTED\s+UA000000015FR|^ACCEPTED/)
    expect(r.out[0]).toContain(letter(1))
    expect(r.out[1]).toMatch(/^DUPLICATE\s/)
    expect(r.out[1]).toContain('already in receptacle 1')
    expect(r.out.at(-1)).toBe('2 scanned: 1 accepted, 1 not.')
  })
})
