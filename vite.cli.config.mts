// The CLI and the headless server run under plain Node 20 (not Electron's Node), so they are built
// apart from the Electron bundles, with every package left external and resolved from node_modules.
import { builtinModules } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { readFileSync } from 'node:fs'

const root = dirname(fileURLToPath(import.meta.url))
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
}

const external = [
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  ...Object.keys(pkg.dependencies),
].map((name) => new RegExp(`^${name.replace(/[/\\^$+?.()|[\]{}]/g, '\\$&')}(/.*)?$`))

export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'out/cli',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      // The ITMATT import thread's entry, beside index.js (src/station/advance/import-thread.ts).
      input: {
        index: resolve(root, 'src/cli/index.ts'),
        'itmatt-import': resolve(root, 'src/station/advance/import-worker.ts'),
      },
      external,
      output: { format: 'cjs', entryFileNames: '[name].js' },
    },
  },
})
