// The window's defences, in one place so a test can hold them to account. The renderer shows postal data
// from EDI files and scanners: treat it as untrusted content that must never reach Node or the network.
import type { Session, WebContents, WebPreferences } from 'electron'
import { RENDERER_CSP_HEADER } from '../api/csp'
import { isOnOrigin } from './origin'

export interface SecureWebPreferencesOptions {
  preload: string
  /** Off in packaged builds: a station operator has no use for devtools, an attacker would. */
  devTools: boolean
}

export function secureWebPreferences(options: SecureWebPreferencesOptions): WebPreferences {
  return {
    preload: options.preload,
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
    // The dictionary download would be the app's only call to the internet, and item codes are not words.
    spellcheck: false,
    devTools: options.devTools,
  }
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/** Keeps a webContents on the app's origin: no navigation away, no new windows, no <webview>. */
export function guardNavigation(contents: GuardedContents, appOrigin: string): void {
  const stayOnOrigin = (event: { url: string; preventDefault(): void }): void => {
    if (!isOnOrigin(event.url, appOrigin)) event.preventDefault()
  }
  contents.on('will-navigate', stayOnOrigin)
  contents.on('will-redirect', stayOnOrigin)
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>

/** The UI needs no browser permission: scanners, printers and scales are driven by main, not WebHID/WebSerial. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/** Headers on every response of the app's protocol, error pages included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': RENDERER_CSP_HEADER,
    'X-Content-Type-Options': 'nosniff',
  }
}
