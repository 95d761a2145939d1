import { describe, expect, it, vi } from 'vitest'
import { RENDERER_CSP_HEADER } from '../../src/api/csp'
import { APP_ORIGIN } from '../../src/main/protocol'
import {
  denyAllPermissions,
  guardNavigation,
  secureWebPreferences,
  securityHeaders,
} from '../../src/main/security'

// Only the types of electron are used by security.ts; the mock proves it needs nothing more at run time.
vi.mock('electron', () => ({}))

type Listener = (...args: unknown[]) => unknown

function fakeContents() {
  const listeners = new Map<string, Listener[]>()
  const contents = {
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
      return contents
    }),
    setWindowOpenHandler: vi.fn(),
  }
  /** Emits like Electron does (details object carrying url and preventDefault); says whether it was blocked. */
  const attempt = (event: string, url: string): boolean => {
    const details = { url, preventDefault: vi.fn() }
    for (const listener of listeners.get(event) ?? []) listener(details, url)
    return details.preventDefault.mock.calls.length > 0
  }
  return { contents: contents as unknown as Parameters<typeof guardNavigation>[0], mock: contents, attempt }
}

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, with no Node, no webview and no spellcheck download', () => {
    expect(secureWebPreferences({ preload: '/app/out/preload/index.js', devTools: false })).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
    })
  })

  it('allows devtools only when asked (development builds)', () => {
    expect(secureWebPreferences({ preload: 'p.js', devTools: true }).devTools).toBe(true)
  })
})

describe('guardNavigation', () => {
  it('blocks navigation and redirects away from the app origin', () => {
    const { contents, attempt } = fakeContents()
    guardNavigation(contents, APP_ORIGIN)
    expect(attempt('will-navigate', 'https://evil.example/phish')).toBe(true)
    expect(attempt('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(attempt('will-navigate', 'app://other/index.html')).toBe(true)
    expect(attempt('will-redirect', 'https://evil.example/')).toBe(true)
    expect(attempt('will-navigate', 'not a url')).toBe(true)
  })

  it('lets the page move within its own origin (reload, in-app links)', () => {
    const { contents, attempt } = fakeContents()
    guardNavigation(contents, APP_ORIGIN)
    expect(attempt('will-navigate', 'app://station/index.html')).toBe(false)
    expect(attempt('will-navigate', 'app://station/receptacles?open=1')).toBe(false)
    expect(attempt('will-redirect', 'app://station/index.html')).toBe(false)
  })

  it('works for a development server origin too', () => {
    const { contents, attempt } = fakeContents()
    guardNavigation(contents, 'http://localhost:5173')
    expect(attempt('will-navigate', 'http://localhost:5173/')).toBe(false)
    expect(attempt('will-navigate', 'http://localhost:5174/')).toBe(true)
  })

  it('denies every new window and every <webview>', () => {
    const { contents, mock, attempt } = fakeContents()
    guardNavigation(contents, APP_ORIGIN)
    const openHandler = mock.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(openHandler({ url: 'app://station/index.html' })).toEqual({ action: 'deny' })
    expect(attempt('will-attach-webview', 'app://station/index.html')).toBe(true)
  })
})

describe('denyAllPermissions', () => {
  it('refuses every permission request, check and device', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    }
    denyAllPermissions(session)
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as Listener
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as Listener
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as Listener
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      request({}, permission, callback, {})
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
      expect(check({}, permission, APP_ORIGIN, {})).toBe(false)
    }
    expect(device({ deviceType: 'hid', origin: APP_ORIGIN })).toBe(false)
    expect(device({ deviceType: 'serial', origin: APP_ORIGIN })).toBe(false)
  })
})

describe('securityHeaders', () => {
  it('carries the contract CSP, frame-ancestors included, and no MIME sniffing', () => {
    expect(securityHeaders()).toEqual({
      'Content-Security-Policy': RENDERER_CSP_HEADER,
      'X-Content-Type-Options': 'nosniff',
    })
    expect(RENDERER_CSP_HEADER).toContain("frame-ancestors 'none'")
  })
})
