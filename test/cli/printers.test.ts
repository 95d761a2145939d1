// `station printers` (each printer asked for its condition now) and `station printer add|remove`.
import { afterEach, describe, expect, it } from 'vitest'
import { startFakeZebra, type FakeZebra, type FakeZebraMode } from '../devices/printer/fake-zebra'
import { initialised, station } from './helpers'

const fakes: FakeZebra[] = []
afterEach(async () => {
  for (const f of fakes.splice(0)) await f.close()
})

async function fake(mode: FakeZebraMode): Promise<string> {
  const zebra = await startFakeZebra({ mode })
  fakes.push(zebra)
  return `tcp:127.0.0.1:${zebra.port}`
}

function add(data: string, ...args: string[]) {
  return station(['printer', 'add', '--data', data, ...args])
}

describe('station printers', () => {
  it('lists the printers with the condition each reports now, in words', async () => {
    const data = await initialised()
    const ready = await fake('ready')
    const empty = await fake('paper-out')
    const gone = await fake('refuse')
    expect((await add(data, '--id', 'bench-1', '--name', 'Bench 1', '--uri', ready, '--default')).code).toBe(
      0,
    )
    expect(
      (await add(data, '--id', 'bench-2', '--name', 'Bench 2', '--uri', empty, '--dpi', '300')).code,
    ).toBe(0)
    expect((await add(data, '--id', 'spare', '--name', 'Spare', '--uri', gone)).code).toBe(0)

    const r = await station(['printers', '--data', data, '--json'])
    expect(r.code, r.err.join('\n')).toBe(0)
    const printers = r.json()
    expect(printers.map((p) => [p.id, p.name, p.uri, p.dpi, p.isDefault])).toEqual([
      ['bench-1', 'Bench 1', ready, 203, true],
      ['bench-2', 'Bench 2', empty, 300, false],
      ['spare', 'Spare', gone, 203, false],
    ])
    expect(printers[0]).toMatchObject({ condition: { state: 'ready' }, words: 'The printer is ready' })
    expect(printers[1]).toMatchObject({
      condition: { state: 'paper-out' },
      words: 'The printer is out of paper',
    })
    expect(printers[2]).toMatchObject({ condition: { state: 'offline' } })
    expect(printers[2]!.words).toContain('refused the connection')
    expect(typeof printers[0]!.checkedAt).toBe('string')

    const text = await station(['printers', '--data', data])
    expect(text.out).toEqual([
      `bench-1 (Bench 1)  ${ready}  203 dpi  default  — The printer is ready`,
      `bench-2 (Bench 2)  ${empty}  300 dpi  — The printer is out of paper`,
      expect.stringMatching(
        /^spare \(Spare\) {2}tcp:\S+ {2}203 dpi {2}— The printer at .* refused the connection/,
      ),
    ])
  })

  it('says when no printer is set up', async () => {
    const data = await initialised()
    const r = await station(['printers', '--data', data])
    expect(r.code).toBe(0)
    expect(r.out).toEqual(['No printers are set up at this station (add one with station printer add).'])
    expect((await station(['printers', '--data', data, '--json'])).out).toEqual([])
  })
})

describe('station printer add|remove', () => {
  it('adds a printer (the address written the way it is stored), changes it, and removes it', async () => {
    const data = await initialised()
    const added = await add(data, '--id', 'bench-3', '--name', 'Bench 3', '--uri', 'tcp:10.0.0.7', '--json')
    expect(added.code, added.err.join('\n')).toBe(0)
    expect(added.json()[0]!.printer).toMatchObject({
      id: 'bench-3',
      name: 'Bench 3',
      uri: 'tcp:10.0.0.7:9100',
      dpi: 203,
      isDefault: false,
      condition: { state: 'unknown' },
    })
    const changed = await add(data, '--id', 'bench-3', '--name', 'Bench 3', '--uri', 'sim:bench', '--default')
    expect(changed.out).toEqual(['Printer bench-3 (Bench 3) at sim:bench, 203 dpi, the default.'])

    const removed = await station(['printer', 'remove', 'bench-3', '--data', data])
    expect(removed.code).toBe(0)
    expect(removed.out).toEqual(['Printer bench-3 removed.'])
    expect((await station(['printers', '--data', data, '--json'])).out).toEqual([])
    const again = await station(['printer', 'remove', 'bench-3', '--data', data])
    expect(again.code).toBe(1)
    expect(again.err).toEqual(['station printer remove: No printer "bench-3" is set up at this station.'])

    const events = (await station(['events', '--data', data, '--json'])).json().map((e) => e.type)
    expect(events.filter((t) => String(t).startsWith('printer.'))).toEqual([
      'printer.saved',
      'printer.saved',
      'printer.removed',
    ])
  })

  it('refuses a malformed address, id or dpi as usage errors', async () => {
    const data = await initialised()
    const uri = await add(data, '--id', 'p', '--name', 'P', '--uri', 'tcp:host:99999')
    expect(uri.code).toBe(2)
    expect(uri.err.join('\n')).toContain('port "99999" is not a number from 1 to 65535')
    expect((await add(data, '--id', 'p', '--name', 'P', '--uri', 'sim:x', '--dpi', '600')).code).toBe(2)
    const id = await add(data, '--id', 'bad id!', '--name', 'P', '--uri', 'sim:x')
    expect(id.code).toBe(1)
    expect(id.err[0]).toContain('a printer id is letters, digits, dot, dash or underscore')
  })

  it('acts as --by/--by-pin when given, and a worker may not set up printers', async () => {
    const data = await initialised()
    await station(['operator', 'add', '--data', data, '--id', 'wil', '--role', 'worker', '--pin', '1357'])
    await station(['operator', 'add', '--data', data, '--id', 'ana', '--role', 'supervisor', '--pin', '2468'])
    const worker = await add(
      data,
      '--id',
      'p',
      '--name',
      'P',
      '--uri',
      'sim:x',
      '--by',
      'wil',
      '--by-pin',
      '1357',
    )
    expect(worker.code).toBe(1)
    expect(worker.err).toHaveLength(1)
    const half = await add(data, '--id', 'p', '--name', 'P', '--uri', 'sim:x', '--by', 'ana')
    expect(half.code).toBe(2)
    const ana = await add(
      data,
      '--id',
      'p',
      '--name',
      'P',
      '--uri',
      'sim:x',
      '--by',
      'ana',
      '--by-pin',
      '2468',
    )
    expect(ana.code, ana.err.join('\n')).toBe(0)
    const events = (await station(['events', '--data', data, '--json'])).json()
    expect(events.find((e) => e.type === 'printer.saved')).toMatchObject({ operator: 'ana', code: 'p' })
  })
})
