import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

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
