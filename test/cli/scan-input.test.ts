// `station scan -`: codes piped in one per line, as a scanner in serial mode or a script sends them.
import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { scanInOrder } from '../../src/cli/scan-loop'
import { linesOf } from '../../src/cli/scan-source'
import { openStation } from '../../src/station'
import type { StationEngine } from '../../src/station/station'
import { initialised, letter, openToChicago, station } from './helpers'

describe('station scan from stdin', () => {
  it('scans each line, skips blank ones and prints the outcomes in order', async () => {
    const data = await initialised()
    await openToChicago(data)
    const input = `${letter(1)}\r\n\n  ${letter(2)}  \n${letter(1)}\nNOT-A-CODE\n${letter(3)}`
    const r = await station(['scan', '--data', data, '--json', '-'], input)
    expect(r.code).toBe(1)
    expect(r.json().map((l) => [l.code, l.outcome])).toEqual([
      [letter(1), 'accepted'],
      [letter(2), 'accepted'],
      [letter(1), 'duplicate'],
      ['NOT-A-CODE', 'invalid_id'],
      [letter(3), 'accepted'],
    ])
    const none = await station(['scan', '--data', data, '--json'], '')
    expect(none).toMatchObject({ code: 0, out: [] })
  })

  it('prints each outcome as soon as its scan is committed, while input is still coming', async () => {
    const data = await initialised()
    await openToChicago(data)
    const input = new PassThrough()
    const out: string[] = []
    const { runCli } = await import('../../src/cli/program')
    const done = runCli(['scan', '--data', data, '--json', '-'], {
      out: (l) => out.push(l),
      err: () => {},
      input,
    })
    input.write(`${letter(1)}\n${letter(2)}\n`)
    await expect.poll(() => out.length).toBe(2)
    // Printed means committed: another connection already sees both scans.
    const other = openStation({ dataDir: data })
    try {
      expect(other.getReceptacle(1).items.map((i) => i.itemId)).toEqual([letter(1), letter(2)])
    } finally {
      other.close()
    }
    input.end(`${letter(3)}\n`)
    expect(await done).toBe(0)
    expect(out).toHaveLength(3)
  })

  it('hands a burst of codes to the engine in one go, so group commit takes them together', async () => {
    const data = await initialised()
    await openToChicago(data)
    const engine = openStation({ dataDir: data }) as StationEngine
    try {
      const codes = Array.from({ length: 300 }, (_, i) => letter(100 + i))
      const printed: string[] = []
      const tally = await scanInOrder(
        engine,
        engine.defaultSession(),
        linesOf(Readable.from([`${codes.join('\n')}\n`]), new AbortController().signal),
        {},
        (r) => printed.push(r.code),
      )
      expect(tally).toEqual({ scanned: 300, accepted: 300 })
      expect(printed).toEqual(codes)
      expect(engine.scanTransactions).toBeLessThan(30)
    } finally {
      engine.close()
    }
  })
})
