// The print queue end to end over real TCP: the station's runner, the Zebra driver from src/devices and the
// fake Zebra in every fault mode. What must hold in each: no label lost, none printed twice, and the
// waiting job says why in words.
import { afterEach, describe, expect, it } from 'vitest'
import { createPrinterConnector } from '../../../src/devices/printer/connector'
import { FAST, startFakeZebra, type FakeZebra, type FakeZebraMode } from '../../devices/printer/fake-zebra'
import type { StationEngine } from '../../../src/station/station'
import { manualClock, newStation } from '../fixtures'
import { advance, BENCH, closeBag, jobBecomes, jobOf, polls, storedJob } from './fixtures'

const POLL = 20

const fakes: FakeZebra[] = []
afterEach(async () => {
  for (const f of fakes.splice(0)) await f.close()
})

async function setup(mode: FakeZebraMode) {
  const fake = await startFakeZebra({ mode })
  fakes.push(fake)
  const time = manualClock()
  const station = newStation({ clock: time.clock })
  const by = station.defaultSession()
  station.savePrinter(by, { ...BENCH, uri: `tcp:${fake.host}:${fake.port}` })
  station.attachPrinters(createPrinterConnector({ timeouts: FAST }), { pollMs: POLL, statusEveryMs: 60_000 })
  return { fake, time, station, by }
}

/** The one ^XA…^XZ label format of a job, as the printer records it (the stored ZPL ends with a newline). */
function format(station: StationEngine, id: number): string {
  const zpl = storedJob(station, id).zpl
  expect(zpl.match(/\^XA/g)).toHaveLength(1)
  expect(zpl.trim()).toMatch(/^\^XA[\s\S]*\^XZ$/)
  return zpl.trim()
}

/** No connection to the fake is left open. */
async function noneOpen(fake: FakeZebra): Promise<void> {
  await expect.poll(() => fake.connections.open).toBe(0)
}

describe('printing receptacle labels on a Zebra over TCP', () => {
  it('ready → printed: the printer received exactly the job’s ZPL, once', async () => {
    const { fake, station, by } = await setup('ready')
    const { job } = closeBag(station, by)
    await jobBecomes(station, job.id, { state: 'printed', attempts: 1 })
    expect(fake.jobs).toEqual([format(station, job.id)])
    await polls(5, POLL)
    expect(fake.jobs).toHaveLength(1)
    await noneOpen(fake)
  })

  it.each([
    ['paper-out', 'the printer is out of paper'],
    ['head-open', 'the print head is open'],
    ['paused', 'the printer is paused'],
    ['ribbon-out', 'the printer is out of ribbon'],
    ['hs-silent', 'the print head is open'],
    ['silent', 'the printer did not answer'],
  ] as const)(
    '%s → waits (“%s”) with nothing sent, then prints exactly once when ready',
    async (mode, words) => {
      const { fake, time, station, by } = await setup(mode)
      const { job } = closeBag(station, by)
      const waiting = await jobBecomes(station, job.id, { state: 'queued', attempts: 1 })
      expect(waiting.reason).toBe(`Waiting: ${words}. Trying again in 1 s.`)
      expect(fake.jobs).toEqual([])
      await fake.setMode('ready')
      advance(time, 2000)
      await jobBecomes(station, job.id, { state: 'printed', attempts: 2 })
      await polls(5, POLL)
      expect(fake.jobs).toEqual([format(station, job.id)])
      await noneOpen(fake)
    },
  )

  it('refuse → waits, offline in words, then prints once the printer listens again', async () => {
    const { fake, time, station, by } = await setup('refuse')
    const { job } = closeBag(station, by)
    const waiting = await jobBecomes(station, job.id, { state: 'queued', attempts: 1 })
    expect(waiting.reason).toBe(
      `Waiting: the printer at ${fake.host}:${fake.port} refused the connection (is it switched on?). Trying again in 1 s.`,
    )
    expect(station.printers()[0]!.condition).toMatchObject({ state: 'offline' })
    await fake.setMode('ready')
    advance(time, 2000)
    await jobBecomes(station, job.id, { state: 'printed' })
    expect(fake.jobs).toEqual([format(station, job.id)])
  })

  it('drop-mid-job → uncertain, never resent, until a person reprints it: then exactly one label', async () => {
    const { fake, time, station, by } = await setup('drop-mid-job')
    const { job } = closeBag(station, by)
    const unsure = await jobBecomes(station, job.id, { state: 'uncertain' })
    expect(unsure.reason).toMatch(/may or may not have printed.*Look at Bench 1/)
    // The printer is fine again, time passes, the runner keeps looking: nothing is sent by itself.
    await fake.setMode('ready')
    for (let i = 0; i < 3; i++) {
      advance(time, 60_000)
      await polls(3, POLL)
    }
    expect(jobOf(station, job.id).state).toBe('uncertain')
    expect(fake.jobs).toEqual([])
    const again = station.reprint(by, job.id, { reason: 'no label came out' })
    await jobBecomes(station, again.id, { state: 'printed' })
    await polls(5, POLL)
    expect(fake.jobs).toEqual([format(station, job.id)])
    expect(jobOf(station, job.id).state).toBe('canceled')
  })

  it('busy-then-ready → printed once the printer has emptied its buffer', async () => {
    const { fake, station, by } = await setup('busy-then-ready')
    const { job } = closeBag(station, by)
    await jobBecomes(station, job.id, { state: 'printed' })
    expect(fake.jobs).toEqual([format(station, job.id)])
    expect(fake.device.hsQueries).toBeGreaterThanOrEqual(4)
  })

  it('prints two bags closed back to back in order, one connection at a time', async () => {
    const { fake, station, by } = await setup('ready')
    const first = closeBag(station, by).job
    const second = closeBag(station, by, 6.5).job
    await jobBecomes(station, first.id, { state: 'printed' })
    await jobBecomes(station, second.id, { state: 'printed' })
    expect(fake.jobs).toEqual([format(station, first.id), format(station, second.id)])
    expect(fake.connections.max).toBe(1)
    await noneOpen(fake)
  })
})
