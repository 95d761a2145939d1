// The preview renderer: ZPL in, a PNG a scanner can read out; in one reused worker thread that never
// keeps a process alive, also when bundled the way out/cli is.
import { execFile } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { build } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import { closePreviewRenderer, previewRendererThreadId, renderPreview } from '../../../src/station/labels'
import cliConfig from '../../../vite.cli.config.mjs'
import { decodeBarcodes } from './zbar'

const SIZE = { widthMm: 100, heightMm: 50, dpmm: 8 } as const
const code128 = (id: string): string => `^XA^FO60,60^BY3^BCN,160,Y,N,N^FD${id}^FS^XZ`

afterAll(() => closePreviewRenderer())

describe('renderPreview', () => {
  it('renders a Code 128 that zbarimg reads back, in one reused worker', async () => {
    await closePreviewRenderer()
    let t = performance.now()
    const first = await renderPreview(code128('RR123456785GB'), SIZE)
    const firstMs = performance.now() - t
    const thread = previewRendererThreadId()
    expect(thread).not.toBeNull()

    const png = PNG.sync.read(first)
    expect([png.width, png.height]).toEqual([800, 400])
    expect(await decodeBarcodes(first)).toEqual(['RR123456785GB'])

    t = performance.now()
    const second = await renderPreview(code128('CP000000017FR'), SIZE)
    const secondMs = performance.now() - t
    expect(previewRendererThreadId()).toBe(thread)
    // The WASM starts once: the second label costs only its own rendering.
    expect(secondMs).toBeLessThan(firstMs)
    expect(await decodeBarcodes(second)).toEqual(['CP000000017FR'])
  })

  it('renders at 12 dots/mm', async () => {
    const png = PNG.sync.read(await renderPreview(code128('EE000000015FR'), { ...SIZE, dpmm: 12 }))
    expect([png.width, png.height]).toEqual([1200, 600])
  })

  it('serves concurrent requests one at a time, each with its own label', async () => {
    const ids = ['UA000000011FR', 'UA000000025FR', 'UA000000039FR']
    const pngs = await Promise.all(ids.map((id) => renderPreview(code128(id), SIZE)))
    expect(await Promise.all(pngs.map(decodeBarcodes))).toEqual(ids.map((id) => [id]))
  })

  it('says clearly when the label cannot be rendered, and keeps working', async () => {
    const thread = previewRendererThreadId()
    await expect(renderPreview('this is not ZPL', SIZE)).rejects.toThrow(
      /^Could not render the label preview: \S/,
    )
    await expect(renderPreview(code128('X'), { widthMm: 0, heightMm: 50, dpmm: 8 })).rejects.toThrow(
      'Could not render the label preview: the label size 0 × 50 mm is not a size',
    )
    await expect(renderPreview(code128('X'), { ...SIZE, dpmm: 6 as 8 })).rejects.toThrow(
      'Could not render the label preview: 6 dots/mm is not a printer resolution (8 or 12)',
    )
    expect(await decodeBarcodes(await renderPreview(code128('RR123456785GB'), SIZE))).toEqual([
      'RR123456785GB',
    ])
    expect(previewRendererThreadId()).toBe(thread)
  })

  it('starts a new worker after closePreviewRenderer()', async () => {
    await renderPreview(code128('RR123456785GB'), SIZE)
    const before = previewRendererThreadId()
    await closePreviewRenderer()
    expect(previewRendererThreadId()).toBeNull()
    await renderPreview(code128('RR123456785GB'), SIZE)
    expect(previewRendererThreadId()).not.toBe(before)
  })
})

describe('bundled as out/cli bundles it', () => {
  it('renders from a CommonJS bundle with the packages external, and the process exits by itself', async () => {
    // The real CLI config's list of externals (every dependency, so zpl-renderer-js is required at run
    // time) applied to the labels module, built inside the project so node_modules resolves as for out/.
    const external = cliConfig.build?.rollupOptions?.external
    expect(external).toBeDefined()
    const outDir = join(process.cwd(), 'node_modules', '.tmp', `labels-bundle-${process.pid}`)
    mkdirSync(outDir, { recursive: true })
    try {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          ssr: true,
          target: 'node20',
          outDir,
          emptyOutDir: true,
          minify: false,
          rollupOptions: {
            input: { index: join(process.cwd(), 'src/station/labels/index.ts') },
            external,
            output: { format: 'cjs', entryFileNames: '[name].js' },
          },
        },
      })
      writeFileSync(
        join(outDir, 'run.js'),
        `require('./index.js').renderPreview(${JSON.stringify(code128('RR123456785GB'))}, ${JSON.stringify(SIZE)})
          .then((png) => process.stdout.write(png.toString('base64')))`,
      )
      const started = performance.now()
      const stdout = await new Promise<string>((resolve, reject) =>
        execFile(process.execPath, [join(outDir, 'run.js')], { timeout: 15_000 }, (error, out, err) =>
          error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
        ),
      )
      // Exited on its own (no closePreviewRenderer call), well before the timeout, with the label.
      expect(performance.now() - started).toBeLessThan(15_000)
      expect(await decodeBarcodes(Buffer.from(stdout, 'base64'))).toEqual(['RR123456785GB'])
    } finally {
      rmSync(outDir, { recursive: true, force: true })
    }
  })
})
