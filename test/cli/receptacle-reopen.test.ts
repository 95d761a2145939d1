// `station receptacle reopen HANDLE --reason TEXT`: a supervisor reopens a closed bag from the command
// line; a worker, a missing reason or half an identity are refused; the bag then closes with a new S9.
import { describe, expect, it } from 'vitest'
import { initialised, letter, openToChicago, station } from './helpers'

async function closedBagWithCrew(): Promise<{ data: string; s9: string; seq: number }> {
  const data = await initialised()
  for (const [id, role, pin] of [
    ['sup1', 'supervisor', '2468'],
    ['wil', 'worker', '1357'],
  ] as const) {
    const added = await station(['operator', 'add', '--data', data, '--id', id, '--role', role, '--pin', pin])
    expect(added.code, added.err.join('\n')).toBe(0)
  }
  await openToChicago(data)
  const scans = []
  for (const n of [1, 2])
    scans.push((await station(['scan', '--data', data, '--json', letter(n)])).json()[0]!)
  const closed = await station(['receptacle', 'close', '--data', data, '--weight', '0.4', '--json'])
  expect(closed.code, closed.err.join('\n')).toBe(0)
  return { data, s9: closed.json()[0]!.receptacleId as string, seq: scans[1]!.seq as number }
}

const REASON = `${letter(2)} seized by customs`

describe('station receptacle reopen', () => {
  it('reopens a closed receptacle for a supervisor, voids its label, and it closes again with a new S9', async () => {
    const { data, s9, seq } = await closedBagWithCrew()
    const reopened = await station([
      'receptacle',
      'reopen',
      '1',
      '--data',
      data,
      '--reason',
      REASON,
      '--operator',
      'sup1',
      '--pin',
      '2468',
      '--json',
    ])
    expect(reopened.code, reopened.err.join('\n')).toBe(0)
    expect(reopened.json()[0]).toMatchObject({
      receptacle: { handle: 1, state: 'open', items: 2, receptacleId: null },
      dispatch: { state: 'open' },
      event: { type: 'receptacle.reopen', operator: 'sup1', code: s9, detail: { reason: REASON } },
      labels: [{ subject: s9, state: 'canceled' }],
    })

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
    ])
    expect(undone.code, undone.err.join('\n')).toBe(0)
    const again = await station(['receptacle', 'close', '--data', data, '--weight', '0.2', '--json'])
    expect(again.code, again.err.join('\n')).toBe(0)
    expect(again.json()[0]).toMatchObject({ handle: 1, items: 1, weightKg: 0.2, state: 'closed' })
    expect(again.json()[0]!.receptacleId).not.toBe(s9)
    const log = (await station(['events', '--data', data, '--json'])).json()
    expect(log.map((e) => e.type)).toEqual(
      expect.arrayContaining(['receptacle.reopen', 'label.canceled', 'undo', 'receptacle.close']),
    )
  })

  it('says in words what it did, without --json', async () => {
    const { data, s9 } = await closedBagWithCrew()
    const r = await station([
      'receptacle',
      'reopen',
      '1',
      '--data',
      data,
      '--reason',
      REASON,
      '--operator',
      'sup1',
      '--pin',
      '2468',
    ])
    expect(r.code, r.err.join('\n')).toBe(0)
    expect(r.out[0]).toMatch(/^Reopened /)
    expect(r.out[1]).toContain(
      `Canceled by sup1: receptacle 1 was reopened, so the S9 ${s9} no longer holds.`,
    )
    expect(r.out[2]).toMatch(/Take the item out \(station undo --seq N\), then close it again/)
  })

  it('refuses a worker, the station itself, a blank reason and an open receptacle, each with the reason', async () => {
    const { data } = await closedBagWithCrew()
    const worker = await station([
      'receptacle',
      'reopen',
      '1',
      '--data',
      data,
      '--reason',
      REASON,
      '--operator',
      'wil',
      '--pin',
      '1357',
    ])
    expect(worker.code).toBe(1)
    expect(worker.err).toEqual([
      'station receptacle reopen: Reopening a closed receptacle needs a supervisor; operator wil is a worker.',
    ])
    const bare = await station(['receptacle', 'reopen', '1', '--data', data, '--reason', REASON])
    expect(bare.code).toBe(1)
    expect(bare.err[0]).toMatch(/needs a supervisor; operator station is/)
    const blank = await station([
      'receptacle',
      'reopen',
      '1',
      '--data',
      data,
      '--reason',
      ' ',
      '--operator',
      'sup1',
      '--pin',
      '2468',
    ])
    expect(blank.code).toBe(1)
    expect(blank.err[0]).toMatch(/needs its reason in words/)
    const shown = await station(['receptacle', 'show', '1', '--data', data, '--json'])
    expect(shown.json()[0]).toMatchObject({ receptacle: { state: 'closed' } })

    // Usage mistakes are exit 2: no reason at all, half an identity, a handle that is not a number.
    expect((await station(['receptacle', 'reopen', '1', '--data', data])).code).toBe(2)
    expect(
      (await station(['receptacle', 'reopen', '1', '--data', data, '--reason', REASON, '--operator', 'sup1']))
        .code,
    ).toBe(2)
    expect((await station(['receptacle', 'reopen', 'one', '--data', data, '--reason', REASON])).code).toBe(2)

    await openToChicago(data)
    const open = await station([
      'receptacle',
      'reopen',
      '2',
      '--data',
      data,
      '--reason',
      REASON,
      '--operator',
      'sup1',
      '--pin',
      '2468',
    ])
    expect(open.code).toBe(1)
    expect(open.err[0]).toMatch(/^station receptacle reopen: Receptacle 2 .* is open already/)
  })
})
