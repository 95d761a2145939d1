// `station bench` on a small manifest: one JSON line per durability mode with the documented keys.
import { describe, expect, it } from 'vitest'
import { station } from './helpers'

describe('station bench', () => {
  it('measures raw SQLite and the engine in the same run, per mode', { timeout: 60_000 }, async () => {
    const r = await station([
      'bench',
      '--json',
      '--items',
      '8000',
      '--scans',
      '1000',
      '--device-scans',
      '200',
      '--dispatch-items',
      '400',
      '--edi-events',
      '2000',
      '--itmatt-items',
      '2000',
    ])
    expect(r.code, r.err.join('\n')).toBe(0)
    const all = r.json()
    const lines = all.filter((l) => 'durability' in l)
    expect(lines.map((l) => l.durability)).toEqual(['normal', 'full'])
    // The device line comes last: scanner bytes on a pty → committed scan (skipped with a note without socat).
    const device = all.filter((l) => l.bench === 'device')
    if (device.length > 0) {
      expect(Object.keys(device[0]!)).toEqual([
        'bench',
        'scans',
        'ratePerSec',
        'p50Ms',
        'p99Ms',
        'maxMs',
        'raw',
        'addedP99Ms',
      ])
      expect(device[0]).toMatchObject({ scans: 200, ratePerSec: 200 })
    } else expect(r.err.join('\n')).toMatch(/device bench skipped/)
    // The office of exchange and advance data: each against its raw floor.
    expect(all.find((l) => l.bench === 'dispatch-close')).toMatchObject({ items: 400, receptacles: 100 })
    expect(all.find((l) => l.bench === 'edi-parse')).toMatchObject({ events: 2000 })
    expect(all.find((l) => l.bench === 'itmatt-import')).toMatchObject({ items: 2000 })
    for (const line of lines) {
      expect(Object.keys(line)).toEqual([
        'durability',
        'items',
        'scans',
        'rawScansPerSec',
        'engineScansPerSec',
        'ratio',
        'p50Ms',
        'p99Ms',
      ])
      expect(line).toMatchObject({ items: 8000, scans: 1000 })
      expect(line.rawScansPerSec).toBeGreaterThan(0)
      expect(line.engineScansPerSec).toBeGreaterThan(0)
      expect(line.ratio).toBeCloseTo((line.engineScansPerSec as number) / (line.rawScansPerSec as number), 2)
      expect(line.p99Ms).toBeGreaterThanOrEqual(line.p50Ms as number)
    }
    expect(r.err.some((l) => l.includes('imported through the engine'))).toBe(true)
  })

  it('refuses a manifest too small for the scans asked', async () => {
    const r = await station([
      'bench',
      '--json',
      '--items',
      '100',
      '--scans',
      '1000',
      '--durability',
      'normal',
    ])
    expect(r.code).toBe(1)
    expect(r.err.at(-1)).toMatch(/too few/)
  })
})
