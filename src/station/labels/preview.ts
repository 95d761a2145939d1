// Label previews (ZPL → PNG) rendered offline by zpl-renderer-js, a WASM build of zebrash. The WASM
// takes ~0.3 s to start and ~45 ms a label, so it runs in a worker thread, never on the scan path:
// created on the first preview, reused, one label at a time, and unref()ed while idle so it never
// keeps a process alive. The worker is a small plain-JS string (eval: true) that requires the package
// by an absolute path resolved here: no extra bundle entry, and the same code runs from the TypeScript
// sources (vitest) and from the bundles (out/cli, out/main), where zpl-renderer-js stays external.
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

export interface LabelSize {
  widthMm: number
  heightMm: number
  /** Printer resolution: 8 dots/mm (203 dpi) or 12 dots/mm (300 dpi). */
  dpmm: 8 | 12
}

/** A render that takes longer than this is abandoned and the worker replaced. */
const RENDER_TIMEOUT_MS = 20_000

const WORKER_CODE = `
'use strict'
const { parentPort, workerData } = require('node:worker_threads')
let api = null
async function render(m) {
  if (!api) api = (await require(workerData.rendererPath).ready).api
  return api.zplToBase64Async(m.zpl, m.widthMm, m.heightMm, m.dpmm)
}
parentPort.on('message', (m) => {
  render(m).then(
    (png) => parentPort.postMessage({ id: m.id, png }),
    (e) => parentPort.postMessage({ id: m.id, error: String((e && e.message) || e) }),
  )
})
`

interface Reply {
  id: number
  png?: string
  error?: string
}

interface Renderer {
  worker: Worker
  /** The one request in flight, if any. */
  pending: { id: number; resolve: (png: Buffer) => void; reject: (e: Error) => void } | null
}

let renderer: Renderer | null = null
let queue: Promise<unknown> = Promise.resolve()
let nextId = 1

function fail(reason: string): Error {
  return new Error(`Could not render the label preview: ${reason}`)
}

function rendererPath(): string {
  // __filename is this source under vitest and the bundle under out/: both resolve from the project.
  return createRequire(__filename).resolve('zpl-renderer-js')
}

function startRenderer(): Renderer {
  const worker = new Worker(WORKER_CODE, { eval: true, workerData: { rendererPath: rendererPath() } })
  const r: Renderer = { worker, pending: null }
  worker.unref()
  worker.on('message', (reply: Reply) => {
    const p = r.pending
    if (!p || p.id !== reply.id) return
    r.pending = null
    worker.unref()
    if (typeof reply.png === 'string') p.resolve(Buffer.from(reply.png, 'base64'))
    else p.reject(fail(reply.error ?? 'the renderer gave no image'))
  })
  const die = (reason: string): void => {
    if (renderer === r) renderer = null
    r.pending?.reject(fail(reason))
    r.pending = null
  }
  worker.on('error', (e) => die(`the renderer crashed (${e.message})`))
  worker.on('exit', (code) => die(`the renderer stopped (exit code ${code})`))
  return r
}

function checkSize(size: LabelSize): void {
  const { widthMm, heightMm, dpmm } = size
  if (!(widthMm > 0 && heightMm > 0 && Number.isFinite(widthMm) && Number.isFinite(heightMm))) {
    throw fail(`the label size ${widthMm} × ${heightMm} mm is not a size`)
  }
  if (dpmm !== 8 && dpmm !== 12) throw fail(`${String(dpmm)} dots/mm is not a printer resolution (8 or 12)`)
}

function renderNow(zpl: string, size: LabelSize): Promise<Buffer> {
  const r = renderer ?? (renderer = startRenderer())
  const id = nextId++
  return new Promise<Buffer>((resolve, reject) => {
    const timer = setTimeout(() => {
      const p = r.pending
      if (p?.id !== id) return
      r.pending = null
      if (renderer === r) renderer = null
      void r.worker.terminate()
      p.reject(fail(`it took longer than ${RENDER_TIMEOUT_MS / 1000} s`))
    }, RENDER_TIMEOUT_MS)
    timer.unref()
    r.pending = {
      id,
      resolve: (png) => {
        clearTimeout(timer)
        resolve(png)
      },
      reject: (e) => {
        clearTimeout(timer)
        reject(e)
      },
    }
    // Held (ref) while a preview is awaited, so a command that only awaits it is not cut short.
    r.worker.ref()
    r.worker.postMessage({ id, zpl, widthMm: size.widthMm, heightMm: size.heightMm, dpmm: size.dpmm })
  })
}

/** Renders one ZPL label to a PNG, as a Zebra printer of that size and resolution would print it. */
export function renderPreview(zpl: string, size: LabelSize): Promise<Buffer> {
  try {
    checkSize(size)
  } catch (e) {
    return Promise.reject(e)
  }
  // One label at a time: each request starts when the one before it has settled.
  const result = queue.then(() => renderNow(zpl, size))
  queue = result.catch(() => undefined)
  return result
}

/** The renderer's worker thread id, or null when none runs (for tests and diagnostics). */
export function previewRendererThreadId(): number | null {
  return renderer?.worker.threadId ?? null
}

/** Stops the renderer's worker (at shutdown); a later preview starts a new one. */
export async function closePreviewRenderer(): Promise<void> {
  const r = renderer
  renderer = null
  if (!r) return
  await r.worker.terminate()
}
