// The desktop app runs better-sqlite3 inside Electron, whose Node ABI differs from the system Node
// that runs the CLI, the server and the tests. Rather than rebuild the package in place (which would
// break those), we keep a second copy of the native driver built for Electron in a cache folder and
// hand its path to the main process (better-sqlite3's `nativeBinding` option).
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * @param {{ root: string, electronVersion: string, arch?: string, log?: (line: string) => void }} options
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function ensureElectronSqlite({ root, electronVersion, arch = process.arch, log = console.log }) {
  const pkg = join(root, 'node_modules', 'better-sqlite3')
  const cacheDir = join(root, 'node_modules', '.cache', 'post-station', `electron-${electronVersion}-${arch}`)
  const target = join(cacheDir, 'better_sqlite3.node')
  if (existsSync(target)) return { ok: true, path: target }
  if (!existsSync(pkg)) return { ok: false, reason: 'better-sqlite3 is not installed (run npm ci)' }

  log(`Preparing the database driver for Electron ${electronVersion} (once)...`)
  const work = mkdtempSync(join(tmpdir(), 'post-station-sqlite-'))
  try {
    cpSync(pkg, work, { recursive: true, filter: (src) => !src.includes(`${pkg}/build`) })
    // The system Node's headers (nodedir) must not be used for an Electron build.
    const env = { ...process.env }
    for (const key of Object.keys(env))
      if (/^npm_config_(nodedir|target|runtime|disturl)$/i.test(key)) delete env[key]
    const prebuilt = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', 'prebuild-install', 'bin.js'),
        '--runtime',
        'electron',
        '--target',
        electronVersion,
        '--arch',
        arch,
      ],
      { cwd: work, env, encoding: 'utf8', timeout: 120_000 },
    )
    if (prebuilt.status !== 0) {
      const gyp =
        env.npm_config_node_gyp ??
        join(
          process.execPath,
          '..',
          '..',
          'lib',
          'node_modules',
          'npm',
          'node_modules',
          'node-gyp',
          'bin',
          'node-gyp.js',
        )
      const built = spawnSync(
        process.execPath,
        [
          gyp,
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--arch=${arch}`,
          '--dist-url=https://electronjs.org/headers',
        ],
        { cwd: work, env, encoding: 'utf8', timeout: 600_000 },
      )
      if (built.status !== 0) {
        const why =
          (built.stderr || prebuilt.stderr || '').trim().split('\n').filter(Boolean).pop() ?? 'unknown error'
        return { ok: false, reason: `cannot build better-sqlite3 for Electron ${electronVersion}: ${why}` }
      }
    }
    const produced = join(work, 'build', 'Release', 'better_sqlite3.node')
    if (!existsSync(produced))
      return { ok: false, reason: 'the Electron build of better-sqlite3 produced no binary' }
    mkdirSync(cacheDir, { recursive: true })
    copyFileSync(produced, target)
    return { ok: true, path: target }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
