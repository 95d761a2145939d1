// Destination policies, receptacle lists and backups from the command line.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { CHICAGO, initialised, letter, openToChicago, ORIGIN, station, tempDir } from './helpers'

describe('policies, lists and backup', () => {
  it('applies a destination policy to the scan and lists it', async () => {
    const data = await initialised()
    const set = await station([
      'policy',
      'set',
      '--data',
      data,
      '--destination',
      'us',
      '--requires-pre-advice',
      '--weight-limit',
      '20',
      '--json',
    ])
    expect(set.code, set.err.join('\n')).toBe(0)
    const listed = await station(['policy', 'list', '--data', data, '--json'])
    expect(listed.json()).toEqual([
      { destination: 'US', requiresEad: false, requiresPreAdvice: true, weightLimitKg: 20 },
    ])
    expect((await station(['policy', 'list', '--data', data])).out[0]).toContain('requires pre-advice')
    const open = await openToChicago(data, '--json')
    expect((open.json()[0] as { receptacle: { weightLimitKg: number } }).receptacle.weightLimitKg).toBe(20)
    const scan = await station(['scan', '--data', data, '--json', letter(7)])
    expect(scan.json()[0]).toMatchObject({ outcome: 'no_ead' })
  })

  it('lists receptacles by state and shows one with its items', async () => {
    const data = await initialised()
    for (const subclass of ['UN', 'UR'])
      await station([
        'receptacle',
        'open',
        '--data',
        data,
        '--to',
        CHICAGO,
        '--category',
        'A',
        '--subclass',
        subclass,
      ])
    await station(['scan', '--data', data, '--receptacle', '1', letter(1), letter(2)])
    await station(['receptacle', 'close', '--data', data, '--receptacle', '2', '--weight', '1', '--last'])
    const open = await station(['receptacle', 'list', '--data', data, '--json'])
    expect(open.json().map((r) => r.handle)).toEqual([1])
    const all = await station(['receptacle', 'list', '--data', data, '--state', 'all', '--json'])
    expect(all.json().map((r) => [r.handle, r.state])).toEqual([
      [1, 'open'],
      [2, 'closed'],
    ])
    const shown = await station(['receptacle', 'show', '--data', data, '1', '--json'])
    expect((shown.json()[0]!.items as Array<{ itemId: string }>).map((i) => i.itemId)).toEqual([
      letter(1),
      letter(2),
    ])
    const text = await station(['receptacle', 'show', '--data', data, '1'])
    expect(text.out).toHaveLength(3)
    const missing = await station(['receptacle', 'show', '--data', data, '9'])
    expect(missing.code).toBe(1)
    expect(missing.err).toHaveLength(1)
  })

  it('backs the database up to a file SQLite opens', async () => {
    const data = await initialised()
    const to = join(tempDir(), 'copies', 'station-backup.db')
    const r = await station(['backup', '--data', data, '--to', to, '--json'])
    expect(r.code, r.err.join('\n')).toBe(0)
    expect(r.json()[0]).toEqual({ backup: to })
    const db = new Database(to, { readonly: true, fileMustExist: true })
    try {
      expect(db.prepare('SELECT impc FROM office').pluck().get()).toBe(ORIGIN)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      db.close()
    }
  })
})
