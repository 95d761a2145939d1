import { describe, expect, it } from 'vitest'

// scripts/ is plain JavaScript run by Node; the test states the shape it relies on.
interface StartLib {
  FALLBACK_HOST: string
  FALLBACK_PORT: number
  INSTALL_TIMEOUT_MS: number
  locateElectron(
    resolve: () => unknown,
    exists: (path: string) => boolean,
  ): { ok: true; path: string } | { ok: false; reason: string }
  installFailureReason(result: {
    timedOut: boolean
    error?: Error | null
    status: number | null
    stderr: string
  }): string
  electronArgs(options: {
    projectDir: string
    args: string[]
    platform: string
    uid: number | null
  }): string[]
  fallbackMessage(reason: string): string
  serveArgs(stationBin: string, dataDir: string): string[]
  defaultDataDir(options: {
    platform: string
    env: Record<string, string | undefined>
    home: string
    appName: string
  }): string
  exitCodeFor(code: number | null, signal: string | null): number
  electronEnv(env: Record<string, string | undefined>): Record<string, string | undefined>
}

const libUrl = new URL('../../scripts/start-lib.mjs', import.meta.url).href
const lib = (await import(/* @vite-ignore */ libUrl)) as StartLib

const ELECTRON = '/srv/post-station/node_modules/electron/dist/electron'

describe('locateElectron', () => {
  it('uses the path the electron package names when the file is there', () => {
    expect(
      lib.locateElectron(
        () => ELECTRON,
        (path) => path === ELECTRON,
      ),
    ).toEqual({ ok: true, path: ELECTRON })
  })

  it('explains a package installed without its binary (require throws)', () => {
    const result = lib.locateElectron(
      () => {
        throw new Error(
          'Electron failed to install correctly, please delete node_modules/electron and try installing again',
        )
      },
      () => true,
    )
    expect(result).toEqual({ ok: false, reason: 'the electron package was installed without its binary' })
  })

  it('explains a missing package and a path that does not exist', () => {
    const missing = Object.assign(new Error("Cannot find module 'electron'"), { code: 'MODULE_NOT_FOUND' })
    expect(
      lib.locateElectron(
        () => {
          throw missing
        },
        () => true,
      ),
    ).toEqual({ ok: false, reason: 'the electron package is not installed' })
    expect(
      lib.locateElectron(
        () => ELECTRON,
        () => false,
      ),
    ).toEqual({ ok: false, reason: `${ELECTRON} does not exist` })
  })
})

describe('installFailureReason', () => {
  it('names the network failure from the first line of the installer output', () => {
    const stderr =
      'RequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest.<anonymous> (got/index.js:970:111)\n'
    expect(lib.installFailureReason({ timedOut: false, status: 1, stderr })).toBe(
      'download failed: RequestError: getaddrinfo ENOTFOUND github.com',
    )
  })

  it('says when the download was cut off by the time limit', () => {
    expect(lib.INSTALL_TIMEOUT_MS).toBeLessThanOrEqual(60_000)
    expect(lib.installFailureReason({ timedOut: true, status: null, stderr: '' })).toBe(
      'the download did not finish within 60 s',
    )
  })

  it('falls back to the exit status when the installer said nothing', () => {
    expect(lib.installFailureReason({ timedOut: false, status: 3, stderr: '\n' })).toBe(
      'the installer exited with 3',
    )
  })
})

describe('electronArgs', () => {
  it('launches the project and passes the user’s arguments through', () => {
    expect(
      lib.electronArgs({ projectDir: '/srv/post-station', args: ['--demo'], platform: 'linux', uid: 1000 }),
    ).toEqual(['/srv/post-station', '--demo'])
  })

  it('adds --no-sandbox only for root on Linux', () => {
    expect(lib.electronArgs({ projectDir: '/p', args: [], platform: 'linux', uid: 0 })).toEqual([
      '--no-sandbox',
      '/p',
    ])
    expect(lib.electronArgs({ projectDir: '/p', args: [], platform: 'darwin', uid: 0 })).toEqual(['/p'])
    expect(lib.electronArgs({ projectDir: '/p', args: [], platform: 'win32', uid: null })).toEqual(['/p'])
  })
})

describe('the browser fallback', () => {
  it('says so in one plain line with the reason and the address', () => {
    const line = lib.fallbackMessage('download failed: RequestError: getaddrinfo ENOTFOUND github.com')
    expect(line).toBe(
      "Electron's desktop binary is not available here (download failed: RequestError: getaddrinfo ENOTFOUND github.com); serving Post Station at http://127.0.0.1:8780 instead.",
    )
    expect(line).not.toContain('\n')
  })

  it('serves on the loopback address only', () => {
    expect(lib.serveArgs('/p/bin/station.js', '/home/ana/.config/post-station/station')).toEqual([
      '/p/bin/station.js',
      'serve',
      '--host',
      '127.0.0.1',
      '--port',
      '8780',
      '--data',
      '/home/ana/.config/post-station/station',
    ])
  })

  it('keeps the manifest where the desktop app keeps it', () => {
    const linux = { platform: 'linux', env: {}, home: '/home/ana', appName: 'post-station' }
    expect(lib.defaultDataDir(linux)).toBe('/home/ana/.config/post-station/station')
    expect(lib.defaultDataDir({ ...linux, env: { XDG_CONFIG_HOME: '/cfg' } })).toBe(
      '/cfg/post-station/station',
    )
    expect(lib.defaultDataDir({ ...linux, platform: 'darwin', home: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/post-station/station',
    )
    expect(
      lib.defaultDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
        home: 'C:\\Users\\ana',
        appName: 'post-station',
      }),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\post-station\\station')
  })
})

describe('exitCodeFor', () => {
  it('reports the child’s code, or 128 + signal number like a shell', () => {
    expect(lib.exitCodeFor(0, null)).toBe(0)
    expect(lib.exitCodeFor(2, null)).toBe(2)
    expect(lib.exitCodeFor(null, 'SIGINT')).toBe(130)
    expect(lib.exitCodeFor(null, 'SIGTERM')).toBe(143)
    expect(lib.exitCodeFor(null, null)).toBe(1)
  })
})

describe('electronEnv', () => {
  it('drops ELECTRON_RUN_AS_NODE so the binary opens a window, and keeps the rest', () => {
    const env = { ELECTRON_RUN_AS_NODE: '1', DISPLAY: ':0', PATH: '/usr/bin' }
    expect(lib.electronEnv(env)).toEqual({ DISPLAY: ':0', PATH: '/usr/bin' })
    expect(env.ELECTRON_RUN_AS_NODE).toBe('1')
  })
})
