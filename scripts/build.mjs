// Builds every face: the Electron main/preload/renderer bundles and the Node CLI + server bundle.
// Runs on `npm ci` (prepare), `npm start` and `npm test`; skips the work when every output is newer
// than every input, so a second call costs milliseconds. `--force` always rebuilds.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const INPUTS = [
  'src',
  'resources',
  'package.json',
  'package-lock.json',
  'electron.vite.config.ts',
  'vite.cli.config.mts',
]
const OUTPUTS = [
  'out/main/index.js',
  'out/main/itmatt-import.js',
  'out/preload/index.js',
  'out/renderer/index.html',
  'out/cli/index.js',
  'out/cli/itmatt-import.js',
]

function newest(path) {
  let info
  try {
    info = statSync(path)
  } catch {
    return 0
  }
  if (!info.isDirectory()) return info.mtimeMs
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), info.mtimeMs)
}

function oldestOutput() {
  return Math.min(
    ...OUTPUTS.map((file) => {
      try {
        return statSync(join(root, file)).mtimeMs
      } catch {
        return 0
      }
    }),
  )
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(
      `Build failed: ${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}`,
    )
    process.exit(result.status || 1)
  }
}

const force = process.argv.includes('--force')
const inputsChanged = Math.max(...INPUTS.map((p) => newest(join(root, p)))) > oldestOutput()
if (force || inputsChanged) {
  run(bin('electron-vite'), ['build', '--logLevel', 'warn'])
  run(bin('vite'), ['build', '--config', 'vite.cli.config.mts', '--logLevel', 'warn'])
}
