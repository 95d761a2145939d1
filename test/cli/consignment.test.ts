// `station consignment close|list`: closed dispatches handed to a carrier, advised by CARDIT and PRECON.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readInterchange } from '../../src/station/exchange/edi'
import { closedDispatch, LEG } from './exchange-helpers'
import { CHICAGO, openToChicago, station } from './helpers'

describe('station consignment close', () => {
  it('consigns the receptacles of a closed dispatch and writes a CARDIT and a PRECON that parse', async () => {
    const { data, bags, result } = await closedDispatch(2, 1)
    const r = await station([
      'consignment',
      'close',
      '--data',
      data,
      '--dispatch',
      result.dispatchId.toLowerCase(),
      ...LEG,
      '--arrival',
      '2026-03-15T00:40-05:00',
      '--json',
    ])
    expect(r.code, r.err.join('\n')).toBe(0)
    const closed = r.json()[0] as {
      consignmentId: string
      receptacles: number
      weightKg: number
      files: { cardit: string; precon: string }
      consignment: Record<string, unknown>
    }
    expect(Object.keys(closed).slice(0, 4)).toEqual(['consignmentId', 'receptacles', 'weightKg', 'files'])
    expect(closed).toMatchObject({ receptacles: 2, weightKg: 5 })
    expect(closed.consignment).toMatchObject({
      id: closed.consignmentId,
      destination: CHICAGO,
      carrier: 'AF',
      transport: [
        {
          carrier: 'AF',
          number: 'AF0012',
          from: 'CDG',
          to: 'ORD',
          departure: '2026-03-14T22:10:00+01:00',
          arrival: '2026-03-15T00:40:00-05:00',
          mode: '4',
        },
      ],
      status: null,
    })
    for (const [type, file] of [
      ['CARDIT', closed.files.cardit],
      ['PRECON', closed.files.precon],
    ] as const) {
      expect(existsSync(file), file).toBe(true)
      const read = readInterchange(readFileSync(file, 'latin1'))
      expect(read.issues).toEqual([])
      const [message] = read.messages
      if (message?.type !== type) throw new Error(`expected ${type}, got ${message?.type}`)
      expect(message.record.consignmentId).toBe(closed.consignmentId)
      expect(message.record.receptacles.map((x) => x.id.slice(0, 23))).toEqual(
        bags.map((b) => b.receptacleId.slice(0, 23)),
      )
    }

    const list = await station(['consignment', 'list', '--data', data, '--json'])
    expect(list.json()).toEqual([expect.objectContaining({ id: closed.consignmentId, receptacles: 2 })])
    const plain = await station(['consignment', 'list', '--data', data])
    expect(plain.out).toEqual([
      expect.stringContaining(`${closed.consignmentId}  to ${CHICAGO} A by AF: AF0012 CDG→ORD (air)`),
    ])

    const again = await station([
      'consignment',
      'close',
      '--data',
      data,
      '--dispatch',
      result.dispatchId,
      ...LEG,
    ])
    expect(again.code).toBe(1)
    expect(again.err).toEqual([
      expect.stringMatching(/^station consignment close: .*already in a consignment/),
    ])
  })

  it('says it in words, and refuses an open dispatch and malformed transport (usage, exit 2)', async () => {
    const { data, result } = await closedDispatch(1, 1)
    const plain = await station([
      'consignment',
      'close',
      '--data',
      data,
      '--dispatch',
      result.dispatchId,
      ...LEG,
    ])
    expect(plain.code, plain.err.join('\n')).toBe(0)
    expect(plain.out[0]).toMatch(
      /^Consignment \w+ to USORDA \(category A\) by AF AF0012 CDG→ORD \(air\) departing 2026-03-14T22:10:00\+01:00: 1 receptacle, 2\.0 kg\.$/,
    )
    expect(plain.out.slice(1)).toEqual([
      expect.stringMatching(/^ {2}CARDIT +\/.*\.edi$/),
      expect.stringMatching(/^ {2}PRECON +\/.*\.edi$/),
    ])

    const open = await openToChicago(data, '--json')
    const openDispatch = String((open.json()[0] as { dispatch: { id: string } }).dispatch.id)
    const refused = await station([
      'consignment',
      'close',
      '--data',
      data,
      '--dispatch',
      openDispatch,
      ...LEG,
    ])
    expect(refused.code).toBe(1)
    expect(refused.err[0]).toMatch(/only closed dispatches are consigned/)

    const withLeg = (name: string, value: string) => {
      const args = [...LEG]
      args[args.indexOf(name) + 1] = value
      return args
    }
    for (const args of [
      LEG,
      withLeg('--departure', '2026-03-14 22:10'),
      withLeg('--departure', '2026-02-30T22:10:00+01:00'),
      withLeg('--carrier', 'AIRF'),
      withLeg('--from', 'CD'),
    ].map((leg, i) => (i === 0 ? leg : ['--dispatch', result.dispatchId, ...leg]))) {
      const r = await station(['consignment', 'close', '--data', data, ...args])
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err.join('\n')).toMatch(/error/)
    }
  })
})
