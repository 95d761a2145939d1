import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    pool: 'forks',
    testTimeout: 20_000,
    // The ITMATT import thread is bundled code: built from the sources before the tests run.
    globalSetup: ['test/setup/build-workers.ts'],
    env: { STATION_ITMATT_WORKER: resolve(root, 'out/test-workers/itmatt-import.js') },
  },
})
