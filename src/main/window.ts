// The station's one window. Large by default: a bagging station shows the open receptacle, the last
// scans and the scale reading side by side; the minimum keeps those three readable.
import { BrowserWindow } from 'electron'
import { secureWebPreferences } from './security'

/** Close to the renderer's dark background, so the window never flashes white before the page paints. */
export const WINDOW_BACKGROUND = '#12161c'

export interface MainWindowOptions {
  url: string
  preload: string
  devTools: boolean
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Post Station',
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on ready-to-show, once the first frame is painted, rather than as an empty frame.
    show: false,
    webPreferences: secureWebPreferences({ preload: options.preload, devTools: options.devTools }),
  })
  window.once('ready-to-show', () => window.show())
  window.loadURL(options.url).catch((error: unknown) => {
    // The window stays open with Chromium's error page; the log says why for whoever reads it.
    console.error(`Post Station could not load ${options.url}:`, error)
  })
  return window
}
