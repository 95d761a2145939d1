import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { RENDERER_CSP_HEADER } from '../../src/api/csp'
import {
  APP_ENTRY_URL,
  registerAppScheme,
  rendererFileFor,
  respondFromRenderer,
  serveRenderer,
} from '../../src/main/protocol'

vi.mock('electron', () => ({}))

// A built renderer beside a file it must never serve.
let site: string
let renderer: string
beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'post-station-protocol-'))
  renderer = join(site, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Post Station</title>')
  writeFileSync(join(renderer, 'assets', 'index-3f9a.js'), 'console.log("scan")')
  writeFileSync(join(site, 'station.sqlite'), 'SECRET MANIFEST')
})

const get = (url: string, method = 'GET') => respondFromRenderer(renderer, new Request(url, { method }))

describe('the app:// protocol', () => {
  it('registers app as a standard, secure scheme before ready and serves it', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
    registerAppScheme(protocol)
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ])
    serveRenderer(protocol, renderer)
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('serves the page and its assets with the CSP header and the right type', async () => {
    const page = await get(APP_ENTRY_URL)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP_HEADER)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await page.text()).toContain('<title>Post Station</title>')
    const root = await get('app://station/')
    expect(await root.text()).toContain('<title>Post Station</title>')
    const script = await get('app://station/assets/index-3f9a.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('content-security-policy')).toBe(RENDERER_CSP_HEADER)
  })

  it('puts the CSP header on refusals and misses as well', async () => {
    for (const response of [
      await get('app://station/missing.js'),
      await get('app://station/%2e%2e/station.sqlite'),
    ]) {
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP_HEADER)
    }
    expect((await get('app://station/missing.js')).status).toBe(404)
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405)
  })

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://station/../station.sqlite',
      'app://station/%2e%2e/station.sqlite',
      'app://station/..%2fstation.sqlite',
      'app://station/assets/..%2f..%2fstation.sqlite',
      'app://station/..%5cstation.sqlite',
      'app://station/%00index.html',
      'app://station/%E0%A4%A',
    ]) {
      const response = await get(url)
      expect(await response.text(), url).not.toContain('SECRET')
    }
    expect(rendererFileFor(renderer, 'app://station/..%2fstation.sqlite')).toBeNull()
    expect(rendererFileFor(renderer, 'app://other/index.html')).toBeNull()
    expect(rendererFileFor(renderer, 'file:///etc/passwd')).toBeNull()
    expect(rendererFileFor(renderer, 'app://station/assets/index-3f9a.js')).toBe(
      join(renderer, 'assets', 'index-3f9a.js'),
    )
  })
})
