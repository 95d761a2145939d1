// The decisions of `npm start`, kept free of side effects so test/scripts/start.test.ts can hold them:
// where Electron's binary is, how to launch it, what to say and do when it is not there.
import { constants } from 'node:os'

export const FALLBACK_HOST = '127.0.0.1'
export const FALLBACK_PORT = 8780
/** Long enough for a real download of Electron (~100 MB), short enough that a dead network cannot stall start. */
export const INSTALL_TIMEOUT_MS = 60_000

/**
 * Where Electron's binary is, or why it cannot be used. `resolveElectron` is `() => require('electron')`,
 * which returns the binary's path and throws when the package was installed without its binary.
 * @param {() => unknown} resolveElectron
 * @param {(path: string) => boolean} fileExists
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function locateElectron(resolveElectron, fileExists) {
  let path
  try {
    path = resolveElectron()
  } catch (error) {
    const code = /** @type {{ code?: string }} */ (error).code
    if (code === 'MODULE_NOT_FOUND') return { ok: false, reason: 'the electron package is not installed' }
    return { ok: false, reason: 'the electron package was installed without its binary' }
  }
  if (typeof path !== 'string' || path === '')
    return { ok: false, reason: 'the electron package names no binary' }
  if (!fileExists(path)) return { ok: false, reason: `${path} does not exist` }
  return { ok: true, path }
}

/**
 * Why `node node_modules/electron/install.js` did not give us a binary, in a few words.
 * @param {{ timedOut: boolean, error?: Error | null, status: number | null, stderr: string }} result
 */
export function installFailureReason(result) {
  if (result.timedOut) return `the download did not finish within ${INSTALL_TIMEOUT_MS / 1000} s`
  if (result.error) return `the installer could not run: ${result.error.message}`
  // The installer prints a stack trace; its first line names the cause (e.g. "getaddrinfo ENOTFOUND github.com").
  const first = result.stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '')
  if (first) return `download failed: ${first.length > 160 ? `${first.slice(0, 157)}...` : first}`
  return result.status === 0
    ? 'the installer finished without a binary'
    : `the installer exited with ${result.status}`
}

/**
 * Arguments for the Electron binary: the project, then whatever the user passed to `npm start`.
 * @param {{ projectDir: string, args: string[], platform: string, uid: number | null }} options
 */
export function electronArgs({ projectDir, args, platform, uid }) {
  // Chromium refuses to start its process sandbox as root on Linux (containers, CI). `--no-sandbox`
  // turns off only that OS-level layer; the renderer keeps `sandbox: true` and context isolation.
  const asRoot = platform === 'linux' && uid === 0 ? ['--no-sandbox'] : []
  return [...asRoot, projectDir, ...args]
}

/** @param {string} reason */
export function fallbackMessage(reason) {
  return `Electron's desktop binary is not available here (${reason}); serving Post Station at http://${FALLBACK_HOST}:${FALLBACK_PORT} instead.`
}

/**
 * @param {string} stationBin
 * @param {string} dataDir
 */
export function serveArgs(stationBin, dataDir) {
  return [stationBin, 'serve', '--host', FALLBACK_HOST, '--port', String(FALLBACK_PORT), '--data', dataDir]
}

/**
 * The station's data folder when started by `npm start`: the folder Electron's `app.getPath('userData')`
 * gives the desktop app (named after package.json's name), plus `station`, so the browser fallback
 * and the desktop window work on the same manifest.
 * @param {{ platform: string, env: Record<string, string | undefined>, home: string, appName: string }} options
 */
export function defaultDataDir({ platform, env, home, appName }) {
  const sep = platform === 'win32' ? '\\' : '/'
  let base
  if (platform === 'win32') base = env.APPDATA ?? `${home}\\AppData\\Roaming`
  else if (platform === 'darwin') base = `${home}/Library/Application Support`
  else base = env.XDG_CONFIG_HOME || `${home}/.config`
  return [base, appName, 'station'].join(sep)
}

/**
 * The exit code `npm start` reports for a child that ended: its own code, or 128 + signal as shells do.
 * @param {number | null} code
 * @param {string | null} signal
 */
export function exitCodeFor(code, signal) {
  if (code !== null) return code
  const number = signal ? /** @type {Record<string, number>} */ (constants.signals)[signal] : undefined
  return number ? 128 + number : 1
}

/**
 * The environment Electron starts with. ELECTRON_RUN_AS_NODE, if set by a parent tool, would make the
 * binary act as plain Node and never open a window.
 * @param {NodeJS.ProcessEnv} env
 */
export function electronEnv(env) {
  const clean = { ...env }
  delete clean.ELECTRON_RUN_AS_NODE
  return clean
}
