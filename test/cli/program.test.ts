import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program'

async function station(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out, err, json: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) }
}

describe('station id', () => {
  it('prints one JSON object per code with exactly the documented keys', async () => {
    const r = await station('id', '--json', 'RB123456785GB', 'AEDXBADZAAEDACN45001001100219')
    expect(r.code).toBe(0)
    const [item, receptacle] = r.json()
    expect(Object.keys(item!)).toEqual([
      'input',
      'normalized',
      'kind',
      'valid',
      'errors',
      'warnings',
      'fields',
    ])
    expect(item).toMatchObject({
      input: 'RB123456785GB',
      normalized: 'RB123456785GB',
      kind: 'item',
      valid: true,
      errors: [],
      fields: { serviceIndicator: 'RB', serial: '12345678', checkDigit: 5, country: 'GB' },
    })
    expect(receptacle).toMatchObject({
      kind: 'receptacle',
      valid: true,
      fields: {
        origin: 'AEDXBA',
        destination: 'DZAAED',
        category: 'A',
        subclass: 'CN',
        mailClass: 'C',
        year: 4,
        dispatchNumber: 5001,
        receptacleSerial: 1,
        highest: true,
        registered: false,
        weightKg: 21.9,
      },
    })
  })

  it('exits 1 when any code is invalid, and reports errors as code + message only', async () => {
    const r = await station('id', '--json', 'RB123456785GB', 'RB123456784GB')
    expect(r.code).toBe(1)
    const bad = r.json()[1]!
    expect(bad.valid).toBe(false)
    const errors = bad.errors as Array<Record<string, unknown>>
    expect(errors[0]!.code).toBe('check_digit')
    expect(Object.keys(errors[0]!)).toEqual(['code', 'message'])
  })

  it('treats an empty argument as an invalid code', async () => {
    const r = await station('id', '--json', '')
    expect(r.code).toBe(1)
    expect(r.json()[0]).toMatchObject({ input: '', kind: 'unknown', valid: false })
  })

  it('takes codes that look like options after --', async () => {
    const r = await station('id', '--json', '--', '-RB123456785GB')
    expect(r.json()[0]).toMatchObject({ input: '-RB123456785GB', normalized: 'RB123456785GB', valid: true })
  })

  it('normalises what scanners send', async () => {
    const r = await station('id', '--json', ']C0rb 123 456 785 gb\r\n')
    expect(r.json()[0]).toMatchObject({ normalized: 'RB123456785GB', valid: true })
  })

  it('prints a table a person reads without --json', async () => {
    const r = await station('id', 'FRCDGADZALGDAUN40553006010061', 'RB123456784GB')
    expect(r.code).toBe(1)
    const text = r.out.join('\n')
    expect(text).toContain('receptacle (S9): valid')
    expect(text).toContain('6.1 kg')
    expect(text).toContain('NOT VALID')
  })

  it('exits 2 on a usage error', async () => {
    expect((await station('id')).code).toBe(2)
    expect((await station('id', '--jsn', 'RB123456785GB')).code).toBe(2)
    expect((await station('frobnicate')).code).toBe(2)
    expect((await station('serve', '--port', 'eighty')).code).toBe(2)
  })

  it('exits 0 for help and version', async () => {
    const help = await station('--help')
    expect(help.code).toBe(0)
    expect(help.out.join('\n')).toContain('serve')
    expect((await station('--version')).code).toBe(0)
  })
})
