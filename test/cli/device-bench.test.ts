// The device bench measures real bytes on a real pty reaching a committed scan; every scan is counted.
import { describe, expect, it } from 'vitest'
import { runDeviceBench } from '../../src/cli/bench/device'
import { hasSocat } from '../devices/socat'

describe.runIf(hasSocat)('device bench', () => {
  it('commits every scan written into the pty and reports its latency', async () => {
    const r = await runDeviceBench(Number(process.env.DEVICE_BENCH_SCANS ?? 300), 200)
    console.log(JSON.stringify(r))
    expect(r).toMatchObject({ bench: 'device', ratePerSec: 200 })
    expect(r.p50Ms).toBeGreaterThan(0)
    expect(r.p99Ms).toBeGreaterThanOrEqual(r.p50Ms)
    expect(r.scans).toBe(Number(process.env.DEVICE_BENCH_SCANS ?? 300))
    expect(r.raw.p50Ms).toBeGreaterThan(0)
    expect(r.raw.p99Ms).toBeGreaterThanOrEqual(r.raw.p50Ms)
    expect(r.addedP99Ms).toBeCloseTo(r.p99Ms - r.raw.p99Ms, 2)
  }, 30_000)
})
