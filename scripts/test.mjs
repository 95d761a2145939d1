// `npm test`: builds, then runs every suite (unit + integration with Vitest, end-to-end with Playwright
// in Chromium) and ends with one plain line `N passed, N failed` summed over all of them, so a run that
// executed nothing can never pass for a green one.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// Not test-results/: Playwright empties that folder when it starts.
const results = join(root, 'test-reports')
const bin = (name) => join(root, 'node_modules', '.bin', name)
mkdirSync(results, { recursive: true })

function run(label, command, args, env = {}) {
  console.log(`\n== ${label}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status ?? 1
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

if (run('build', process.execPath, [join(root, 'scripts', 'build.mjs')]) !== 0) {
  console.log('0 passed, 1 failed')
  process.exit(1)
}

const vitestJson = join(results, 'vitest.json')
const playwrightJson = join(results, 'playwright.json')
rmSync(vitestJson, { force: true })
rmSync(playwrightJson, { force: true })

const vitestStatus = run('unit and integration tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
])

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromium)) {
  console.log(
    `\nChromium was not found at ${chromium}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  )
}
const playwrightStatus = run(
  'end-to-end tests (playwright + chromium)',
  bin('playwright'),
  ['test', '--reporter=list,json'],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  },
)

let passed = 0
let failed = 0
let skipped = 0
const vitest = readJson(vitestJson)
if (vitest) {
  passed += vitest.numPassedTests ?? 0
  failed += vitest.numFailedTests ?? 0
  // A test file that failed before running any test (a syntax or import error) still counts.
  failed += (vitest.testResults ?? []).filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  ).length
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
} else {
  failed += 1
  console.log('vitest wrote no results: counted as a failure.')
}
const playwright = readJson(playwrightJson)
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0)
  failed += playwright.stats.unexpected ?? 0
  skipped += playwright.stats.skipped ?? 0
  failed += (playwright.errors ?? []).length
} else {
  failed += 1
  console.log('playwright wrote no results: counted as a failure.')
}
// A runner that exited non-zero without a failing test still failed (a crash, a config error).
if (vitestStatus !== 0 && failed === 0) failed += 1
if (playwrightStatus !== 0 && failed === 0) failed += 1
if (passed === 0) failed += 1

console.log('')
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed === 0 ? 0 : 1)
