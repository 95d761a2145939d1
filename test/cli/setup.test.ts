// Setting a station up and who may do what in it.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { initialised, letter, openToChicago, station, tempDir } from './helpers'

describe('station init, operators and undo', () => {
  it('refuses to set up a folder twice and to act in a folder never set up', async () => {
    const data = await initialised()
    const again = await station(['init', '--data', data, '--office', 'DZALGD'])
    expect(again.code).toBe(1)
    expect(again.err).toEqual([expect.stringMatching(/^station init: .*already set up as office FRCDGA/)])
    const nowhere = join(tempDir(), 'empty')
    const scan = await station(['scan', '--data', nowhere, letter(1)])
    expect(scan.code).toBe(1)
    expect(scan.err).toHaveLength(1)
    expect(scan.err[0]).toMatch(/^station scan: No station is set up in .*station init/)
    expect(existsSync(join(nowhere, 'station.db'))).toBe(false)
  })

  it('takes the data folder from STATION_DATA', async () => {
    const data = await initialised()
    process.env.STATION_DATA = data
    try {
      const r = await station(['receptacle', 'list', '--json'])
      expect(r.code, r.err.join('\n')).toBe(0)
      expect(r.out).toEqual([])
    } finally {
      delete process.env.STATION_DATA
    }
  })

  it('adds operators (--pin is the new one, --by/--by-pin who adds) and lets only a supervisor undo', async () => {
    const data = await initialised()
    const sup = await station([
      'operator',
      'add',
      '--data',
      data,
      '--id',
      'sup1',
      '--role',
      'supervisor',
      '--pin',
      '2468',
      '--name',
      'Ana Costa',
      '--json',
    ])
    expect(sup.code, sup.err.join('\n')).toBe(0)
    expect(sup.json()[0]).toEqual({ operator: { id: 'sup1', role: 'supervisor', name: 'Ana Costa' } })
    const worker = await station([
      'operator',
      'add',
      '--data',
      data,
      '--id',
      'wil',
      '--role',
      'worker',
      '--pin',
      '1357',
      '--by',
      'sup1',
      '--by-pin',
      '2468',
    ])
    expect(worker.code, worker.err.join('\n')).toBe(0)
    expect(worker.out[0]).toContain('wil')
    const wrongPin = await station([
      'operator',
      'add',
      '--data',
      data,
      '--id',
      'x',
      '--role',
      'worker',
      '--pin',
      '1',
      '--by',
      'sup1',
      '--by-pin',
      '0000',
    ])
    expect(wrongPin.code).toBe(1)
    expect(wrongPin.err).toHaveLength(1)

    await openToChicago(data, '--operator', 'wil', '--pin', '1357')
    const scan = await station([
      'scan',
      '--data',
      data,
      '--json',
      '--operator',
      'wil',
      '--pin',
      '1357',
      letter(1),
    ])
    const seq = scan.json()[0]!.seq as number

    const refused = await station([
      'undo',
      '--data',
      data,
      '--seq',
      String(seq),
      '--operator',
      'wil',
      '--pin',
      '1357',
    ])
    expect(refused.code).toBe(1)
    expect(refused.err[0]).toMatch(/^station undo: .*supervisor/)
    const undone = await station([
      'undo',
      '--data',
      data,
      '--seq',
      String(seq),
      '--operator',
      'sup1',
      '--pin',
      '2468',
      '--json',
    ])
    expect(undone.code, undone.err.join('\n')).toBe(0)
    expect(undone.json()[0]).toMatchObject({ event: { ref: seq, operator: 'sup1' } })

    const shown = await station(['receptacle', 'show', '--data', data, '1', '--json'])
    expect(shown.json()[0]).toMatchObject({ receptacle: { handle: 1, items: 0 }, items: [] })
    // Undone, the item may be scanned again: a new membership, the old scan stays in the log.
    const rescan = await station(['scan', '--data', data, '--json', letter(1)])
    expect(rescan.json()[0]).toMatchObject({ outcome: 'accepted' })
    const log = (await station(['events', '--data', data, '--json'])).json()
    expect(log.filter((e) => e.code === letter(1) && e.type === 'scan')).toHaveLength(2)
    expect(log.find((e) => e.seq === seq)).toMatchObject({ operator: 'wil', outcome: 'accepted' })
  })
})
