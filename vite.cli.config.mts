// The CLI and the headless server run under plain Node 20 (not Electron's Node), so they are built
// apart from the Electron bundles, with every package left external and resolved from node_modules.
import { builtinModules } from 'node:module'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import pkg from './package.json'

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
      input: { index: resolve(__dirname, 'src/cli/index.ts') },
      external,
      output: { format: 'cjs', entryFileNames: '[name].js' },
    },
  },
})
