// A command typed wrong exits 2 before touching the station; a request the station refuses exits 1
// with its reason on one line.
import { describe, expect, it } from 'vitest'
import { CHICAGO, initialised, letter, ORIGIN, station } from './helpers'

describe('usage errors exit 2', () => {
  it('before touching the station', async () => {
    const data = await initialised()
    const open = [
      'receptacle',
      'open',
      '--data',
      data,
      '--to',
      CHICAGO,
      '--category',
      'A',
      '--subclass',
      'UN',
    ]
    expect((await station(['scan', letter(1)])).code).toBe(2)
    expect((await station(['receptacle', 'close', '--data', data, '--weight', 'heavy'])).code).toBe(2)
    expect((await station(['receptacle', 'close', '--data', data, '--weight', '-1'])).code).toBe(2)
    expect((await station([...open, '--operator', 'wil'])).code).toBe(2)
    expect((await station(['receptacle', 'list', '--data', data, '--state', 'lost'])).code).toBe(2)
    expect((await station(['undo', '--data', data])).code).toBe(2)
    expect((await station(['events', '--data', data, '--after', '-3'])).code).toBe(2)
    expect(
      (await station(['operator', 'add', '--data', data, '--id', 'a', '--role', 'boss', '--pin', '1'])).code,
    ).toBe(2)
    expect((await station(['policy', 'set', '--data', data, '--destination', 'USA'])).code).toBe(2)
    expect((await station(['init', '--data', data, '--office', ORIGIN, '--durability', 'maybe'])).code).toBe(
      2,
    )
    expect((await station(['receptacle', 'list', '--data', data, '--json'])).out).toEqual([])
  })

  it('but a refused request, like a category that does not exist, is exit 1 with the reason', async () => {
    const data = await initialised()
    const r = await station([
      'receptacle',
      'open',
      '--data',
      data,
      '--to',
      CHICAGO,
      '--category',
      'Z',
      '--subclass',
      'UN',
    ])
    expect(r.code).toBe(1)
    expect(r.err).toEqual([expect.stringMatching(/^station receptacle open: Mail category "Z" is unknown/)])
  })
})
