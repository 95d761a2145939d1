// `npm start`: build, then open the desktop app in Electron. Where Electron's binary cannot be had
// (no network at install time, a headless box), serve the same UI in the browser instead of failing.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { homedir } from 'node:os'
import { ensureElectronSqlite } from './electron-native.mjs'
import {
  FALLBACK_HOST,
  FALLBACK_PORT,
  INSTALL_TIMEOUT_MS,
  defaultDataDir,
  electronArgs,
  electronEnv,
  exitCodeFor,
  fallbackMessage,
  installFailureReason,
  locateElectron,
  serveArgs,
} from './start-lib.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))

/** `require('electron')` afresh: after a download its answer changes, so the cached one will not do. */
function resolveElectron() {
  const id = require.resolve('electron')
  delete require.cache[id]
  return require(id)
}

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options })
    child.on('error', (error) => resolve({ code: 1, signal: null, error }))
    child.on('exit', (code, signal) => resolve({ code, signal, error: null }))
  })
}

/** One attempt at the electron package's own download, bounded so a silent network cannot hang start. */
function tryInstallElectron() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/electron/install.js')], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    let timedOut = false
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // Quiet when it fails at once (offline); a word when a real download is under way.
    const notice = setTimeout(() => console.log("Downloading Electron's binary (once)..."), 3000)
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, INSTALL_TIMEOUT_MS)
    const done = (result) => {
      clearTimeout(notice)
      clearTimeout(timer)
      resolve({ timedOut, stderr, ...result })
    }
    child.on('error', (error) => done({ error, status: null }))
    child.on('exit', (status) => done({ error: null, status }))
  })
}

/** Runs the face until it ends, passing termination on, and ends with its exit code. */
async function runForwarding(command, args, options) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options })
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  }
  // Ctrl+C in a terminal already reaches the child (same process group); sending it a second SIGINT
  // would cut its graceful shutdown short. Without a terminal, ours is the only way it hears of it.
  const signals = process.stdin.isTTY ? ['SIGTERM', 'SIGHUP'] : ['SIGINT', 'SIGTERM', 'SIGHUP']
  for (const signal of signals) process.on(signal, forward)
  // Still ours to survive: the child decides when to stop, and we report how it stopped.
  if (process.stdin.isTTY) process.on('SIGINT', () => undefined)
  const { code, signal, error } = await new Promise((resolve) => {
    child.on('error', (error) => resolve({ code: 1, signal: null, error }))
    child.on('exit', (code, signal) => resolve({ code, signal, error: null }))
  })
  if (error) console.error(`Cannot start ${command}: ${error.message}`)
  process.exit(exitCodeFor(code, signal))
}

/** The binary, fetched once if the package was installed without it (as `allowScripts` does here). */
async function findOrFetchElectron() {
  const found = locateElectron(resolveElectron, existsSync)
  if (found.ok) return found
  const install = await tryInstallElectron()
  const fetched = locateElectron(resolveElectron, existsSync)
  if (fetched.ok) return fetched
  const failed = install.timedOut || install.error || install.status !== 0
  return { ok: false, reason: failed ? installFailureReason(install) : fetched.reason }
}

const build = await run(process.execPath, [join(root, 'scripts/build.mjs')])
if (build.code !== 0) process.exit(exitCodeFor(build.code, build.signal))

async function serveInstead(message) {
  console.log(message)
  const appName = require(join(root, 'package.json')).name
  const dataDir = defaultDataDir({ platform: process.platform, env: process.env, home: homedir(), appName })
  await runForwarding(process.execPath, serveArgs(join(root, 'bin/station.js'), dataDir))
}

const electron = await findOrFetchElectron()
if (!electron.ok) await serveInstead(fallbackMessage(electron.reason))
const electronVersion = require('electron/package.json').version
const driver = ensureElectronSqlite({ root, electronVersion })
if (!driver.ok) {
  await serveInstead(
    `The desktop window cannot load the station database driver (${driver.reason}); serving Post Station at http://${FALLBACK_HOST}:${FALLBACK_PORT} instead.`,
  )
}
const args = electronArgs({
  projectDir: root,
  args: process.argv.slice(2),
  platform: process.platform,
  uid: process.getuid?.() ?? null,
})
await runForwarding(electron.path, args, {
  env: { ...electronEnv(process.env), POST_STATION_SQLITE_BINDING: driver.path },
})
