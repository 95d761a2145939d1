// The simulated printer (demo mode) behind the same ZebraPrinter: conditions, faults, busy polls, and
// the one-link-at-a-time rule.
import { describe, expect, it } from 'vitest'
import { parseHostStatus } from '../../../src/devices/printer/status'
import { parseHqes } from '../../../src/devices/printer/hqes'
import { hostStatusReply, hqesReply, SimulatedPrinter } from '../../../src/devices/printer/simulated'
import { ZebraPrinter } from '../../../src/devices/printer/zebra'
import { FAST } from './fake-zebra'

const LABEL = '^XA^FO40,40^A0N,40,40^FDBag 1^FS^XZ'

function setup(options: ConstructorParameters<typeof SimulatedPrinter>[1] = {}) {
  const sim = new SimulatedPrinter('bench', options)
  return { sim, printer: new ZebraPrinter(sim.transport(), FAST) }
}

describe('SimulatedPrinter', () => {
  it('its replies parse as a real printer’s', () => {
    expect(parseHostStatus(hostStatusReply({ paperOut: true, labelsRemaining: 7 }))).toMatchObject({
      paperOut: true,
      labelsRemaining: 7,
      serial: { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 },
    })
    expect([...parseHqes(hqesReply(0x10004, 0x2)).errors.flags]).toEqual(['head-open', 'paused'])
  })

  it('prints when ready and records the format', async () => {
    const { sim, printer } = setup({ busyPolls: 2 })
    expect(printer.describe()).toBe('simulated printer bench')
    expect(await printer.print(LABEL)).toEqual({ outcome: 'printed' })
    expect(sim.formats).toEqual([LABEL])
    expect([sim.openLinks, sim.maxOpenLinks]).toEqual([0, 1])
  })

  it.each(['paper-out', 'head-open', 'ribbon-out', 'paused'] as const)(
    'refuses when %s',
    async (condition) => {
      const { sim, printer } = setup()
      sim.setCondition(condition)
      expect(await printer.print(LABEL)).toMatchObject({
        outcome: 'not-sent',
        condition: { state: condition },
      })
      expect(sim.formats).toEqual([])
    },
  )

  it('ignores ribbon-out on a direct-thermal printer', async () => {
    const { sim, printer } = setup({ thermalTransfer: false })
    sim.setCondition('ribbon-out')
    expect(await printer.print(LABEL)).toEqual({ outcome: 'printed' })
  })

  it('a fault after the job → uncertain', async () => {
    const { sim, printer } = setup({ busyPolls: 1 })
    sim.faultAfterNextJob('head-open')
    expect(await printer.print(LABEL)).toMatchObject({
      outcome: 'uncertain',
      condition: { state: 'head-open' },
    })
    expect(sim.formats).toHaveLength(1)
    expect((await printer.status()).condition).toEqual({ state: 'head-open' })
  })

  it('modes: off, silent, hs-silent, drop-mid-job', async () => {
    const { sim, printer } = setup()
    sim.mode = 'off'
    expect((await printer.status()).condition).toMatchObject({ state: 'offline', reason: /refused/ })
    sim.mode = 'silent'
    expect((await printer.status()).condition).toEqual({ state: 'not-answering' })
    sim.mode = 'hs-silent'
    sim.setCondition('paper-out')
    expect(await printer.status()).toMatchObject({ source: 'hqes', condition: { state: 'paper-out' } })
    sim.mode = 'drop-mid-job'
    sim.setCondition('ready')
    expect(await printer.print(LABEL)).toMatchObject({ outcome: 'uncertain' })
    expect(sim.formats).toEqual([])
    expect(sim.openLinks).toBe(0)
  })

  it('serialises concurrent operations onto one link at a time', async () => {
    const { sim, printer } = setup({ busyPolls: 1 })
    const results = await Promise.all([printer.print(LABEL), printer.status(), printer.print(LABEL)])
    expect(results.map((r) => ('outcome' in r ? r.outcome : r.condition.state))).toEqual([
      'printed',
      'ready',
      'printed',
    ])
    expect([sim.openLinks, sim.maxOpenLinks]).toEqual([0, 1])
  })
})
