// `station print FILE.zpl`: straight to a (fake) Zebra over TCP 9100 with an exit status per outcome, or
// into the station's print queue with --data.
import { afterEach, describe, expect, it } from 'vitest'
import { startFakeZebra, type FakeZebra, type FakeZebraMode } from '../devices/printer/fake-zebra'
import { initialised, station, tempDir, writeFile } from './helpers'

const LABEL = '^XA\n^FO50,50^A0N,40,40^FDBench test^FS\n^XZ\n'

const fakes: FakeZebra[] = []
afterEach(async () => {
  for (const f of fakes.splice(0)) await f.close()
})

async function fake(mode: FakeZebraMode): Promise<{ zebra: FakeZebra; uri: string }> {
  const zebra = await startFakeZebra({ mode })
  fakes.push(zebra)
  return { zebra, uri: `tcp:127.0.0.1:${zebra.port}` }
}

const label = () => writeFile(tempDir(), 'bench.zpl', LABEL)

describe('station print --printer URI', () => {
  it('prints on a ready printer: exit 0, the outcome in words, one label format received', async () => {
    const { zebra, uri } = await fake('ready')
    const r = await station(['print', '--printer', uri, label()])
    expect(r.code, r.err.join('\n')).toBe(0)
    expect(r.out).toEqual([`Printed on ${uri}`])
    expect(zebra.jobs).toHaveLength(1)
    expect(zebra.jobs[0]).toContain('^FDBench test^FS')
    expect(zebra.connections.max).toBe(1)
  })

  it('prints the result object with --json', async () => {
    const { zebra, uri } = await fake('ready')
    const file = label()
    const r = await station(['print', '--json', '--printer', uri, file])
    expect(r.code).toBe(0)
    expect(r.json()).toEqual([{ printer: uri, file, outcome: 'printed' }])
    expect(zebra.jobs).toHaveLength(1)
  })

  it('does not send to a printer out of paper: "Not sent", its own exit status, nothing recorded', async () => {
    const { zebra, uri } = await fake('paper-out')
    const r = await station(['print', '--printer', uri, label()])
    expect(r.code).toBe(3)
    expect(r.out).toEqual([])
    expect(r.err).toEqual(['station print: Not sent: the printer is out of paper.'])
    expect(zebra.jobs).toHaveLength(0)

    const json = await station(['print', '--json', '--printer', uri, label()])
    expect(json.code).toBe(3)
    expect(json.json()[0]).toMatchObject({
      outcome: 'not-sent',
      condition: { state: 'paper-out' },
      reason: 'The printer is out of paper',
    })
  })

  it('says "Uncertain" when the connection drops mid-job, with its own exit status', async () => {
    const { zebra, uri } = await fake('drop-mid-job')
    const r = await station(['print', '--printer', uri, label()])
    expect(r.code).toBe(4)
    expect(r.err).toHaveLength(1)
    expect(r.err[0]).toMatch(/^station print: Uncertain: /)
    expect(r.err[0]).toContain('look at the printer before printing it again')
    expect(zebra.jobs).toHaveLength(0)
  })

  it('says a printer that refuses connections is not reached, in words', async () => {
    const { uri } = await fake('refuse')
    const r = await station(['print', '--printer', uri, label()])
    expect(r.code).toBe(3)
    expect(r.err).toEqual([
      `station print: Not sent: the printer at ${uri.slice(4)} refused the connection (is it switched on?).`,
    ])
  })

  it('refuses a file without a label format before connecting, and a malformed address as a usage error', async () => {
    const { zebra, uri } = await fake('ready')
    const notZpl = writeFile(tempDir(), 'notes.txt', 'hello printer\n')
    const r = await station(['print', '--printer', uri, notZpl])
    expect(r.code).toBe(1)
    expect(r.err).toEqual([`station print: ${notZpl} is not a ZPL label: it has no ^XA … ^XZ format.`])
    const missing = await station(['print', '--printer', uri, '/nonexistent/label.zpl'])
    expect(missing.code).toBe(1)
    expect(missing.err[0]).toContain('there is no such file')
    expect(zebra.connections.total).toBe(0)

    const bad = await station(['print', '--printer', 'lpt1', label()])
    expect(bad.code).toBe(2)
    expect(bad.err.join('\n')).toContain('Printer address "lpt1"')
    expect((await station(['print', label()])).code).toBe(2)
  })

  it('documents its exit statuses in --help', async () => {
    const r = await station(['print', '--help'])
    expect(r.code).toBe(0)
    const help = r.out.join('\n')
    expect(help).toContain('3 not sent')
    expect(help).toContain('4 uncertain')
  })
})

describe('station print --data DIR', () => {
  it("queues the file in the station's print queue and says the job number", async () => {
    const data = await initialised()
    const file = label()
    const r = await station(['print', '--data', data, file])
    expect(r.code, r.err.join('\n')).toBe(0)
    expect(r.out).toEqual([
      'Queued bench.zpl as print job 1 for the default printer (none is set up yet: it waits for one); the serving station sends it.',
    ])
    const add = await station([
      'printer',
      'add',
      '--data',
      data,
      '--id',
      'bench-3',
      '--name',
      'Bench 3',
      '--uri',
      'tcp:127.0.0.1',
    ])
    expect(add.code, add.err.join('\n')).toBe(0)
    const json = await station(['print', '--data', data, '--printer-id', 'bench-3', '--json', file])
    expect(json.code).toBe(0)
    expect(json.json()[0]!.job).toMatchObject({
      id: 2,
      kind: 'file',
      subject: 'bench.zpl',
      printer: 'bench-3',
      state: 'queued',
      createdBy: 'station',
    })
  })

  it('refuses a printer the station does not have, and --printer with --data', async () => {
    const data = await initialised()
    const r = await station(['print', '--data', data, '--printer-id', 'nope', label()])
    expect(r.code).toBe(1)
    expect(r.err).toEqual(['station print: No printer "nope" is set up at this station.'])
    const both = await station(['print', '--data', data, '--printer', 'tcp:127.0.0.1', label()])
    expect(both.code).toBe(2)
  })
})
