// `station dispatch close|list` and `station receptacles unconfirmed`: the OE desk closing a dispatch
// from a script, with its PREDES and paper documents.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readInterchange } from '../../src/station/exchange/edi'
import { closedDispatch, fillBags, TO_CHICAGO } from './exchange-helpers'
import { CHICAGO, initialised, openToChicago, station } from './helpers'

describe('station dispatch close', () => {
  it('prints the totals and the files; the PREDES lists every receptacle and item of the dispatch', async () => {
    const { data, bags, result } = await closedDispatch(2, 2)
    expect(Object.keys(result)).toEqual([
      'dispatchId',
      'receptacles',
      'items',
      'weightKg',
      'files',
      'registeredReceptacles',
      'highestSerial',
    ])
    expect(result).toMatchObject({
      receptacles: 2,
      items: 4,
      weightKg: 5,
      registeredReceptacles: 1,
      highestSerial: 2,
    })
    expect(result.dispatchId).toMatch(/^FRCDGAUSORDAAUN\d{5}$/)
    expect(Object.keys(result.files)).toEqual(['predes', 'letterBill', 'deliveryBill'])
    for (const file of Object.values(result.files)) expect(existsSync(file), file).toBe(true)
    expect(readFileSync(result.files.letterBill).subarray(0, 4).toString('latin1')).toBe('%PDF')
    expect(readFileSync(result.files.deliveryBill).subarray(0, 4).toString('latin1')).toBe('%PDF')

    const predes = readInterchange(readFileSync(result.files.predes, 'latin1'))
    expect(predes.issues).toEqual([])
    const [message] = predes.messages
    if (message?.type !== 'PREDES') throw new Error(`expected a PREDES, got ${message?.type}`)
    expect(message.record.dispatchId).toBe(result.dispatchId)
    // The highest receptacle got a new S9 saying so at the close; the rest are as closed.
    expect(message.record.receptacles.map((r) => r.id.slice(0, 23))).toEqual(
      bags.map((b) => b.receptacleId.slice(0, 23)),
    )
    expect(message.record.receptacles.map((r) => r.items)).toEqual(bags.map((b) => b.items))

    const list = await station(['dispatch', 'list', '--data', data, '--state', 'closed', '--json'])
    expect(list.code).toBe(0)
    expect(list.json()).toEqual([
      expect.objectContaining({ id: result.dispatchId, state: 'closed', receptacles: 2, items: 4 }),
    ])
    const plain = await station(['dispatch', 'list', '--data', data])
    expect(plain.out).toEqual([
      expect.stringMatching(new RegExp(`^${result.dispatchId}  to ${CHICAGO} A/UN  CLOSED`)),
    ])

    const again = await station(['dispatch', 'close', '--data', data, '--dispatch', result.dispatchId])
    expect(again.code).toBe(1)
    expect(again.err).toEqual([expect.stringMatching(/^station dispatch close: .*already closed/)])
  })

  it('says it in words without --json: totals, then one line per document', async () => {
    const data = await initialised()
    await fillBags(data, 1, 1)
    const r = await station(['dispatch', 'close', '--data', data, ...TO_CHICAGO])
    expect(r.code, r.err.join('\n')).toBe(0)
    expect(r.out[0]).toMatch(
      /^Closed dispatch FRCDGAUSORDAAUN\d{5}: 1 receptacle \(1 registered\), 1 item, 2\.0 kg; highest receptacle 001\.$/,
    )
    expect(r.out.slice(1)).toEqual([
      expect.stringMatching(/^ {2}PREDES +\/.*PREDES-.*\.edi$/),
      expect.stringMatching(/^ {2}CN 31 +\/.*CN31-.*\.pdf$/),
      expect.stringMatching(/^ {2}CN 38 +\/.*CN38-.*\.pdf$/),
    ])
  })

  it('refuses while a receptacle is open, naming it, and a dispatch that does not exist', async () => {
    const data = await initialised()
    await fillBags(data, 1, 1)
    const open = await openToChicago(data)
    expect(open.code).toBe(0)
    const r = await station(['dispatch', 'close', '--data', data, ...TO_CHICAGO, '--json'])
    expect(r.code).toBe(1)
    expect(r.out).toEqual([])
    expect(r.err).toEqual([
      expect.stringMatching(/^station dispatch close: .*still has an open receptacle: receptacle 002 \(#2\)/),
    ])
    const listed = await station(['dispatch', 'list', '--data', data, '--state', 'open', '--json'])
    expect(listed.json()).toEqual([expect.objectContaining({ state: 'open', openReceptacles: 1 })])

    const none = await station(['dispatch', 'close', '--data', data, '--dispatch', 'FRCDGAUSORDAAUN69999'])
    expect(none.code).toBe(1)
    expect(none.err).toEqual([
      'station dispatch close: There is no dispatch FRCDGAUSORDAAUN69999 at this station.',
    ])
    const elsewhere = await station([
      'dispatch',
      'close',
      '--data',
      data,
      '--to',
      'gblhra',
      '--category',
      'A',
      '--subclass',
      'UN',
    ])
    expect(elsewhere.code).toBe(1)
    expect(elsewhere.err[0]).toMatch(/no open dispatch from FRCDGA to GBLHRA/)
  })

  it('takes the dispatch by S8 or by series, not both or half, and checks the codes (usage, exit 2)', async () => {
    const data = await initialised()
    const cases = [
      [],
      ['--to', CHICAGO],
      ['--dispatch', 'FRCDGAUSORDAAUN60001', '--to', CHICAGO],
      ['--dispatch', 'FRCDGA'],
      ['--to', 'USORD', '--category', 'A', '--subclass', 'UN'],
      ['--by', 'ana'],
    ]
    for (const args of cases) {
      const r = await station(['dispatch', 'close', '--data', data, ...args])
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err.join('\n')).toMatch(/error/)
    }
  })
})

describe('station receptacles unconfirmed', () => {
  it('lists the receptacles of a closed dispatch no partner has confirmed', async () => {
    const { data, result } = await closedDispatch(2, 1)
    const r = await station(['receptacles', 'unconfirmed', '--data', data, '--hours', '0', '--json'])
    expect(r.code, r.err.join('\n')).toBe(0)
    expect(r.json()).toHaveLength(2)
    for (const line of r.json())
      expect(line).toMatchObject({ dispatchId: result.dispatchId, destination: CHICAGO })
    const recent = await station(['receptacles', 'unconfirmed', '--data', data])
    expect(recent.out).toEqual([
      'No receptacle advised more than 24 hours ago is waiting for a confirmation.',
    ])
  })
})
