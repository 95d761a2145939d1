// Golden files: the full ZPL of each label is compared with a file in golden/. Run with UPDATE_GOLDEN=1 to
// write them after a deliberate layout change, then review the diff like code.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url))

export function expectGolden(name: string, actual: string): void {
  const file = `${GOLDEN_DIR}${name}`
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true })
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file)) throw new Error(`Golden file ${name} is missing; run the test with UPDATE_GOLDEN=1`)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
