import { beforeEach, describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from '../../src/main/menu'
import { secureWebPreferences } from '../../src/main/security'
import { createMainWindow } from '../../src/main/window'

const electron = vi.hoisted(() => {
  const windows: FakeWindow[] = []
  const state = { loadError: null as Error | null }
  class FakeWindow {
    readonly options: Record<string, unknown>
    readonly once = vi.fn((event: string, listener: () => void) => {
      this.onceListeners.set(event, listener)
      return this
    })
    readonly show = vi.fn()
    readonly loadURL = vi.fn(async (_url: string) => {
      if (state.loadError) throw state.loadError
    })
    readonly onceListeners = new Map<string, () => void>()
    constructor(options: Record<string, unknown>) {
      this.options = options
      windows.push(this)
    }
  }
  return { windows, state, BrowserWindow: vi.fn(FakeWindow) }
})

vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }))

const OPTIONS = {
  url: 'app://station/index.html',
  preload: '/opt/post-station/out/preload/index.js',
  devTools: false,
}

beforeEach(() => {
  electron.windows.length = 0
  electron.BrowserWindow.mockClear()
  electron.state.loadError = null
})

interface WindowOptions {
  width: number
  height: number
  minWidth: number
  minHeight: number
  backgroundColor: string
  webPreferences: unknown
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

describe('createMainWindow', () => {
  it('creates one large, titled, dark window with the secure webPreferences', () => {
    createMainWindow(OPTIONS)
    expect(electron.BrowserWindow).toHaveBeenCalledTimes(1)
    const options = electron.windows[0]!.options as unknown as WindowOptions
    expect(options).toMatchObject({ title: 'Post Station', show: false })
    expect(options.width).toBeGreaterThanOrEqual(1280)
    expect(options.height).toBeGreaterThanOrEqual(800)
    expect(options.minWidth).toBeGreaterThanOrEqual(800)
    expect(options.minWidth).toBeLessThanOrEqual(options.width)
    expect(options.minHeight).toBeLessThanOrEqual(options.height)
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
    expect(luminance(options.backgroundColor)).toBeLessThan(0.15)
    expect(options.webPreferences).toEqual(
      secureWebPreferences({ preload: OPTIONS.preload, devTools: false }),
    )
  })

  it('stays hidden until the first paint is ready, then shows', () => {
    const window = createMainWindow(OPTIONS) as unknown as (typeof electron.windows)[number]
    expect(window.show).not.toHaveBeenCalled()
    window.onceListeners.get('ready-to-show')!()
    expect(window.show).toHaveBeenCalledTimes(1)
  })

  it('loads the app page and survives a failed load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const window = createMainWindow(OPTIONS) as unknown as (typeof electron.windows)[number]
    expect(window.loadURL).toHaveBeenCalledWith('app://station/index.html')
    electron.state.loadError = new Error('ERR_FILE_NOT_FOUND')
    createMainWindow(OPTIONS)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(error).toHaveBeenCalledWith(expect.stringContaining('could not load'), expect.any(Error))
    error.mockRestore()
  })
})

describe('buildMenuTemplate', () => {
  const roles = (template: ReturnType<typeof buildMenuTemplate>): string[] =>
    template.flatMap((item) => [
      String(item.role ?? item.label),
      ...(Array.isArray(item.submenu) ? item.submenu.map((sub) => String(sub.role ?? sub.type)) : []),
    ])

  it('offers quit, reload, zoom, full screen and about', () => {
    const all = roles(buildMenuTemplate({ isPackaged: true, platform: 'linux' }))
    for (const role of ['quit', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'about']) {
      expect(all).toContain(role)
    }
  })

  it('has devtools in development builds only', () => {
    expect(roles(buildMenuTemplate({ isPackaged: true, platform: 'linux' }))).not.toContain('toggleDevTools')
    expect(roles(buildMenuTemplate({ isPackaged: false, platform: 'linux' }))).toContain('toggleDevTools')
  })

  it('leads with the application menu on macOS only', () => {
    expect(buildMenuTemplate({ isPackaged: true, platform: 'darwin' })[0]?.role).toBe('appMenu')
    expect(buildMenuTemplate({ isPackaged: true, platform: 'win32' })[0]?.label).toBe('File')
  })
})
