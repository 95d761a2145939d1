import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatS10 } from '../../src/core/ids'

const root = join(__dirname, '..', '..')

describe('the station bin (built)', () => {
  it('is built (npm test and npm ci build it)', () => {
    expect(existsSync(join(root, 'out', 'cli', 'index.js')), 'run npm run build first').toBe(true)
  })

  it('runs as `npm exec station` from the project, as the README says', () => {
    const r = spawnSync(
      'npm',
      ['exec', '--no', 'station', '--', 'id', '--json', 'RR473124829GB', 'USORDADZALGDAUN30050001900005'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
    expect(r.status, r.stderr).toBe(0)
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; valid: boolean })
    expect(lines.map((l) => [l.kind, l.valid])).toEqual([
      ['item', true],
      ['receptacle', true],
    ])
  })

  it('exits 1 for an invalid code and 2 for a usage error', () => {
    const bad = spawnSync(process.execPath, [join(root, 'bin', 'station.js'), 'id', 'RB123456784GB'], {
      encoding: 'utf8',
    })
    expect(bad.status).toBe(1)
    const usage = spawnSync(process.execPath, [join(root, 'bin', 'station.js'), 'id'], { encoding: 'utf8' })
    expect(usage.status).toBe(2)
    expect(usage.stderr).toContain('codes')
  })
})

describe('the built station bin at a bagging station', () => {
  const bin = join(root, 'bin', 'station.js')
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, timeout: 15_000 })

  const rr = (n: string) => formatS10('RR', n, 'FR')
  const cp = formatS10('CP', '00000001', 'FR')

  it('sets up, opens, scans from arguments and from stdin, and closes, with JSON lines and exit codes', () => {
    const data = join(mkdtempSync(join(tmpdir(), 'station-bin-')), 'station')
    try {
      expect(run(['init', '--data', data, '--office', 'FRCDGA']).status).toBe(0)
      const open = run([
        'receptacle',
        'open',
        '--data',
        data,
        '--to',
        'USORDA',
        '--category',
        'A',
        '--subclass',
        'UN',
        '--json',
      ])
      expect(open.status, open.stderr).toBe(0)
      expect(JSON.parse(open.stdout)).toMatchObject({ receptacle: { handle: 1, serial: 1 } })

      const accepted = run(['scan', '--data', data, '--json', rr('00000001'), rr('00000002')])
      expect(accepted.status, accepted.stderr).toBe(0)
      expect(
        accepted.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l).outcome),
      ).toEqual(['accepted', 'accepted'])

      const piped = run(['scan', '--data', data, '--json', '-'], `${rr('00000001')}\n${cp}\n`)
      expect(piped.status).toBe(1)
      expect(
        piped.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l).outcome),
      ).toEqual(['duplicate', 'missort'])

      const close = run(['receptacle', 'close', '--data', data, '--weight', '1.4', '--last', '--json'])
      expect(close.status, close.stderr).toBe(0)
      expect(JSON.parse(close.stdout)).toMatchObject({ items: 2, registered: true, highest: true })
      expect(JSON.parse(close.stdout).receptacleId).toMatch(/^FRCDGAUSORDAAUN\d{14}$/)

      const refused = run(['receptacle', 'close', '--data', data, '--weight', '1'])
      expect(refused.status).toBe(1)
      expect(refused.stderr.trim().split('\n')).toHaveLength(1)
      expect(run(['receptacle', 'close', '--data', data]).status).toBe(2)
    } finally {
      rmSync(dirname(data), { recursive: true, force: true })
    }
  })
})
