// The bundles Electron actually runs, not the sources: out/main under plain Node with a stubbed electron
// (test/main/fixtures/electron-stub.cjs), and out/preload in a bare VM context the way a sandboxed
// preload runs, with `electron` as the only module it may require.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runInNewContext } from 'node:vm'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { RENDERER_CSP_HEADER } from '../../src/api/csp'
import { commands } from '../../src/api/contract'
import { IPC_READY_CHANNEL, ipcChannel } from '../../src/api/wire'
import { secureWebPreferences } from '../../src/main/security'
import { initStation, openStation } from '../../src/station'
import { startFakeZebra } from '../devices/printer/fake-zebra'

const root = fileURLToPath(new URL('../..', import.meta.url))
const builtMain = join(root, 'out/main/index.js')
const builtPreload = join(root, 'out/preload/index.js')
const stub = join(root, 'test/main/fixtures/electron-stub.cjs')

function requireBuilt(file: string): void {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` first (\`npm test\` builds before testing).`)
  }
}

interface StubRecord {
  calls: string[]
  windows: Array<{ options: { title: string; webPreferences: Record<string, unknown> }; url: string | null }>
  handles: Record<string, number>
  listeners: Record<string, unknown>
  schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>
  menu: Array<{ label?: string; role?: string; submenu?: Array<{ role?: string }> }> | null
  probes: Record<string, unknown>
}

function runBuiltMain(): { record: StubRecord; stderr: string } {
  requireBuilt(builtMain)
  const recordFile = join(mkdtempSync(join(tmpdir(), 'post-station-main-')), 'record.json')
  const env: NodeJS.ProcessEnv = { ...process.env, STATION_STUB_RECORD: recordFile }
  delete env.ELECTRON_RENDERER_URL
  delete env.ELECTRON_RUN_AS_NODE
  const result = spawnSync(process.execPath, ['--require', stub, builtMain], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 15_000,
  })
  expect(result.status, `built main exited with ${result.status}:\n${result.stderr}`).toBe(0)
  return { record: JSON.parse(readFileSync(recordFile, 'utf8')) as StubRecord, stderr: result.stderr }
}

describe('the built main process (out/main/index.js)', () => {
  let record: StubRecord
  let stderr: string
  beforeAll(() => {
    ;({ record, stderr } = runBuiltMain())
  })

  it('loads under plain Node and starts without an error', () => {
    expect(stderr).not.toMatch(/error/i)
    expect(record.calls).not.toContain('app.quit')
    expect(record.calls.some((call) => call.startsWith('app.exit'))).toBe(false)
  })

  it('asks for the single-instance lock and sandboxes every renderer', () => {
    expect(record.calls).toContain('app.requestSingleInstanceLock')
    expect(record.calls).toContain('app.enableSandbox')
  })

  it('creates one window with the secure webPreferences and loads the app page', () => {
    expect(record.windows).toHaveLength(1)
    const [window] = record.windows
    expect(window!.options.title).toBe('Post Station')
    expect(window!.url).toBe('app://station/index.html')
    const preload = window!.options.webPreferences.preload as string
    expect(preload).toBe(builtPreload)
    // The stub says the app is packaged: devtools off.
    expect(window!.options.webPreferences).toEqual(secureWebPreferences({ preload, devTools: false }))
  })

  it('registers one IPC handler per contract command, and the ready listener', () => {
    expect(record.handles).toEqual(
      Object.fromEntries(Object.keys(commands).map((name) => [ipcChannel(name), 1])),
    )
    expect(record.listeners).toEqual({ [IPC_READY_CHANNEL]: 'function' })
  })

  it('answers the window through the real engine and refuses a stranger', () => {
    expect(record.probes.trustedIdentify).toMatchObject({
      ok: true,
      output: { results: [{ input: 'RB123456785GB', kind: 'item', valid: true }] },
    })
    expect(record.probes.strangerIdentify).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
  })

  it('guards navigation, new windows and permissions', () => {
    expect(record.probes.navigationAwayPrevented).toBe(true)
    expect(record.probes.windowOpen).toEqual({ action: 'deny' })
    expect(record.probes.mediaGranted).toBe(false)
    expect(record.probes.permissionCheck).toBe(false)
  })

  it('serves app:// from out/renderer with the CSP header and refuses traversal', () => {
    expect(record.schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ])
    expect(record.calls).toContain('protocol.handle(app)')
    expect(record.probes.traversal).toEqual({ status: 403, csp: RENDERER_CSP_HEADER })
    const page = record.probes.page as { status: number; csp: string }
    expect(page.csp).toBe(RENDERER_CSP_HEADER)
    // The renderer is built by another step; when it is there, the page must be served.
    if (existsSync(join(root, 'out/renderer/index.html'))) expect(page.status).toBe(200)
  })

  it('has a menu without devtools in a packaged build', () => {
    expect(JSON.stringify(record.menu)).toContain('"quit"')
    expect(JSON.stringify(record.menu)).not.toContain('toggleDevTools')
  })
})

describe('the built main process prints labels', () => {
  it("attaches the station to its printers: a closed receptacle's label reaches a Zebra on TCP", async () => {
    requireBuilt(builtMain)
    const userData = mkdtempSync(join(tmpdir(), 'post-station-main-print-'))
    const printer = await startFakeZebra({ mode: 'ready' })
    try {
      const dataDir = join(userData, 'station')
      initStation(dataDir, { impc: 'FRCDGA', name: 'Roissy CDG' })
      const station = openStation({ dataDir })
      station.addOperator(station.defaultSession(), { id: 'amina', role: 'supervisor', pin: '4821' })
      const by = station.signIn('amina', '4821')
      station.savePrinter(by, {
        id: 'bench-1',
        name: 'Bench 1',
        uri: `tcp:${printer.host}:${printer.port}`,
        dpi: 203,
        isDefault: true,
      })
      station.close()
      const recordFile = join(userData, 'record.json')
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        STATION_STUB_RECORD: recordFile,
        STATION_STUB_USERDATA: userData,
        STATION_STUB_OPERATOR: 'amina:4821',
      }
      delete env.ELECTRON_RENDERER_URL
      delete env.ELECTRON_RUN_AS_NODE
      // Not spawnSync: the fake printer answers from this process while main runs.
      const child = spawn(process.execPath, ['--require', stub, builtMain], { cwd: root, env })
      let stderr = ''
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
      expect(code, stderr).toBe(0)
      const record = JSON.parse(readFileSync(recordFile, 'utf8')) as StubRecord
      expect(record.probes.printJob).toMatchObject({
        kind: 'receptacle',
        state: 'printed',
        printer: 'bench-1',
      })
      expect(printer.jobs).toHaveLength(1)
      expect(printer.jobs[0]).toContain('FRCDGAUSORDAAUN')
    } finally {
      await printer.close()
      rmSync(userData, { recursive: true, force: true })
    }
  }, 30_000)
})

describe('the built preload (out/preload/index.js)', () => {
  it('runs with `electron` as its only require, and exposes only `station`', () => {
    requireBuilt(builtPreload)
    const exposed = new Map<string, unknown>()
    const ipcRenderer = { on: vi.fn(), send: vi.fn(), invoke: vi.fn(), removeListener: vi.fn() }
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer,
    }
    const required: string[] = []
    const sandboxRequire = (id: string) => {
      required.push(id)
      if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`)
      return electron
    }
    const module = { exports: {} }
    runInNewContext(readFileSync(builtPreload, 'utf8'), {
      require: sandboxRequire,
      module,
      exports: module.exports,
      console,
    })
    expect(required).toEqual(['electron'])
    expect([...exposed.keys()]).toEqual(['station'])
    expect(Object.keys(exposed.get('station') as object).sort()).toEqual(['request', 'subscribe'])
    expect(ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(IPC_READY_CHANNEL)
  })
})
