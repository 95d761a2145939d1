// Vitest global setup: the ITMATT import thread runs bundled code (import-worker.ts), so the tests build
// it from the sources first, where STATION_ITMATT_WORKER (vitest.config.mts) tells the engine to look.
import { build } from 'vite'
import { builtinModules } from 'node:module'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const TEST_WORKERS_DIR = join(root, 'out', 'test-workers')

export default async function setup(): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>
  }
  const external = [
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
    ...Object.keys(pkg.dependencies),
  ].map((name) => new RegExp(`^${name.replace(/[/\\^$+?.()|[\]{}]/g, '\\$&')}(/.*)?$`))
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      target: 'node20',
      outDir: TEST_WORKERS_DIR,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: { 'itmatt-import': join(root, 'src/station/advance/import-worker.ts') },
        external,
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  })
}
