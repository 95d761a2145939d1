// Electron main: wires the station engine to the window through the contract. Thin on purpose; each
// concern lives in its own file beside this one.
import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron'
import {
  createStationHandlers,
  Mailbox,
  openStation,
  StationError,
  useSqliteDriver,
  type Station,
  type StationSlot,
} from '../station'
import { createPrinterConnector, createStationDevices, loadDeviceConfig, serialBinding } from '../devices'
import { createRendererEvents, holdEventsWhileLoading, registerContractHandlers } from './ipc'
import { buildMenuTemplate } from './menu'
import { originOf } from './origin'
import { APP_ENTRY_URL, registerAppScheme, serveRenderer } from './protocol'
import { denyAllPermissions, guardNavigation } from './security'
import { createSenderCheck } from './sender'
import { createMainWindow } from './window'

const PRODUCT = 'Post Station'

/** A first start finds no station: the window offers the set-up (station.setup) instead. */
function openIfInitialised(dataDir: string): Station | null {
  try {
    return openStation({ dataDir })
  } catch (error) {
    if (error instanceof StationError && error.code === 'not_initialized') return null
    throw error
  }
}

function start(): void {
  // A station drives one scanner, printer and scale: a second copy would fight the first for them.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  // Both must happen before `ready`: sandbox every renderer, even one we forget to configure.
  app.enableSandbox()
  registerAppScheme(protocol)

  // `electron-vite dev` serves the renderer with hot reload; only development builds may use it.
  const entryUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || APP_ENTRY_URL
  const appOrigin = originOf(entryUrl)
  if (!appOrigin) throw new Error(`Post Station cannot tell the origin of ${entryUrl}`)

  let mainWindow: BrowserWindow | null = null
  const windowContents = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null)
  const isTrustedSender = createSenderCheck(windowContents, appOrigin)
  // The sink device and scan wiring will emit through (scan outcomes, device status).
  const events = createRendererEvents(ipcMain, windowContents, isTrustedSender)

  const openWindow = (): void => {
    mainWindow = createMainWindow({
      url: entryUrl,
      preload: join(__dirname, '../preload/index.js'),
      devTools: !app.isPackaged,
    })
    holdEventsWhileLoading(mainWindow.webContents, events)
    mainWindow.on('closed', () => {
      mainWindow = null
    })
  }

  // Every webContents, not just our window's, so nothing created later escapes the guard.
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, appOrigin))
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    // macOS keeps an app alive without windows; elsewhere closing the window ends the station.
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow()
  })

  app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession)
      serveRenderer(protocol, join(__dirname, '../renderer'))
      // npm start builds the SQLite driver for Electron's ABI and names it (scripts/electron-native.mjs).
      const driver = process.env.POST_STATION_SQLITE_BINDING
      if (driver) useSqliteDriver(driver)
      const dataDir = join(app.getPath('userData'), 'station')
      // Holds the station whether it was there at start or set up later from the window.
      const slot: StationSlot = { current: openIfInitialised(dataDir) }
      // The window hears of each change once it is committed: the source of its live views.
      // Labels print through the station's configured printers (Zebra over TCP, serial or USB).
      const connectPrinter = createPrinterConnector({ serial: serialBinding })
      const mailboxes: Mailbox[] = []
      const follow = (station: Station) => {
        station.on((name, payload) => events.emit(name, payload))
        station.attachPrinters(connectPrinter)
        // Partners' EDI files in inbox/, ours taken from outbox/, item events out as EMSEVT.
        const mailbox = new Mailbox(station, station.dataDir)
        mailbox.start()
        mailboxes.push(mailbox)
      }
      if (slot.current) follow(slot.current)
      // The station's scanners and scale, as configured in Settings (devices.json in the data folder).
      const devices = createStationDevices({
        station: () => slot.current,
        dataDir,
        serial: serialBinding,
        emit: (name, payload) => events.emit(name, payload),
      })
      const persisted = loadDeviceConfig(dataDir)
      if (persisted.problem) console.error(`Post Station: ${persisted.problem}`)
      void devices.hub.configure(persisted.devices)
      // Devices stop before the database closes, and scans still queued are committed before it does.
      app.on('will-quit', () => {
        void devices.hub.close()
        for (const m of mailboxes) m.stop()
        slot.current?.close()
      })
      const handlers = {
        ...createStationHandlers({
          engine: 'desktop',
          version: app.getVersion(),
          dataDir,
          station: slot,
          onStationOpened: follow,
        }),
        ...devices.handlers,
      }
      registerContractHandlers(ipcMain, handlers, isTrustedSender)
      app.setAboutPanelOptions({ applicationName: PRODUCT, applicationVersion: app.getVersion() })
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform })),
      )
      openWindow()
    })
    .catch((error: unknown) => {
      // A start-up failure is a bug: say it loudly and exit rather than leave a windowless process.
      console.error('Post Station failed to start:', error)
      app.exit(1)
    })
}

start()
