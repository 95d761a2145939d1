// The station file's write turn between the station's thread and an ITMATT import's threads: the
// station's writes come first, an import thread gives the turn up as soon as the station waits, and a
// stopped thread's turn can be taken back. Across real threads: the station is let in right after the
// holder's release, not after a polling sleep.
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { ImportTurn, StationTurn, writeTurnBuffer } from '../../../src/station/store/write-turn'

describe('the write turn', () => {
  it('lets the station write, and a write inside a write just runs', () => {
    const station = new StationTurn()
    const order: string[] = []
    station.take(() => {
      order.push('outer')
      station.take(() => order.push('inner'))
    })
    expect(order).toEqual(['outer', 'inner'])
    // Free again: an import thread gets it.
    expect(new ImportTurn(station.buffer, 0).tryHold(() => order.push('import'))).toBe(true)
    expect(order.at(-1)).toBe('import')
  })

  it('an import thread takes no turn while the station waits or writes, and yields within its turn', () => {
    const station = new StationTurn()
    const imp = new ImportTurn(station.buffer, 0)
    let inside = false
    station.take(() => {
      expect(imp.stationWaiting()).toBe(true)
      expect(imp.tryHold(() => (inside = true))).toBe(false)
    })
    expect(inside).toBe(false)
    expect(imp.stationWaiting()).toBe(false)
  })

  it('gives back the turn of a thread stopped while it held it', () => {
    const buffer = writeTurnBuffer()
    const station = new StationTurn(buffer)
    const cell = new Int32Array(buffer)
    Atomics.store(cell, 0, 2 + 1) // import thread 1 holds the turn, then is terminated
    expect(new ImportTurn(buffer, 0).tryHold(() => {})).toBe(false)
    station.releaseFrom(0) // not thread 0's: nothing changes
    expect(Atomics.load(cell, 0)).toBe(3)
    station.releaseFrom(1)
    expect(Atomics.load(cell, 0)).toBe(0)
    let ran = false
    station.take(() => (ran = true))
    expect(ran).toBe(true)
  })

  it('across threads: the station waits for the holder and is let in at its release', async () => {
    const station = new StationTurn()
    // A thread that holds the turn (as import thread 0) for 150 ms, the way ImportTurn does.
    const worker = new Worker(
      `const { workerData, parentPort } = require('node:worker_threads')
       const cell = new Int32Array(workerData)
       while (Atomics.compareExchange(cell, 0, 0, 2) !== 0) Atomics.wait(cell, 0, Atomics.load(cell, 0), 50)
       parentPort.postMessage('holding')
       const until = Date.now() + 150
       while (Date.now() < until) {}
       Atomics.store(cell, 0, 0)
       Atomics.notify(cell, 0)`,
      { eval: true, workerData: station.buffer },
    )
    await new Promise((resolve) => worker.once('message', resolve))
    const started = performance.now()
    let waited = 0
    station.take(() => (waited = performance.now() - started))
    await worker.terminate()
    expect(waited).toBeGreaterThan(50)
    expect(waited).toBeLessThan(1000)
  })
})
