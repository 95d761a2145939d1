// The shell: navigation, the current screen, the status bar and the keys that work everywhere.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { BaggingScreen } from './bagging/BaggingScreen'
import { useBagging } from './bagging/useBagging'
import { CustomsScreen } from './customs/CustomsScreen'
import { DevicesScreen } from './devices/DevicesScreen'
import { DispatchScreen } from './dispatch/DispatchScreen'
import { useAppInfo } from './engine/appInfo'
import { useConnectionStatus } from './engine/connection'
import { IdentifyScreen } from './identify/IdentifyScreen'
import { LabelsScreen } from './labels/LabelsScreen'
import { MessagesScreen } from './messages/MessagesScreen'
import { DEFAULT_WEDGE_OPTIONS } from './scan/wedge'
import { WedgeNotReady } from './scan/WedgeNotReady'
import { useWedgeScanner } from './scan/useWedgeScanner'
import { useWindowFocus } from './scan/useWindowFocus'
import { useIdentifications } from './identify/useIdentifications'
import { useOffice } from './session/useOffice'
import { SettingsScreen } from './settings/SettingsScreen'
import { useSettings, useT } from './settings/SettingsContext'
import { Nav } from './shell/Nav'
import { PlannedScreen } from './shell/PlannedScreen'
import { isPlanned, screenForKeyCode, screenFromHash, screenTitle, type ScreenId } from './shell/screens'
import { StatusBar } from './shell/StatusBar'
import { isEditable, useGlobalKeys } from './shell/useGlobalKeys'

export function App() {
  const t = useT()
  const { settings } = useSettings()
  const [screen, setScreen] = useState<ScreenId>(() => screenFromHash(window.location.hash) ?? 'identify')
  const connection = useConnectionStatus()
  const appInfo = useAppInfo(connection)
  const identifications = useIdentifications(settings)
  const office = useOffice(connection)
  const bagging = useBagging(connection, settings)
  const scanInput = useRef<HTMLInputElement>(null)
  // The Customs screen sets where a wedge scanner's codes go while it is shown.
  const customsScan = useRef<(code: string) => void>(() => undefined)

  const open = useCallback((next: ScreenId) => {
    setScreen(next)
    if (window.location.hash !== `#/${next}`) window.history.replaceState(null, '', `#/${next}`)
  }, [])

  useEffect(() => {
    const onHash = (): void => {
      const next = screenFromHash(window.location.hash)
      if (next) setScreen(next)
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])

  useEffect(() => {
    document.title = `${t(screenTitle(screen))} — ${t('app.title')}`
  }, [screen, t])

  // Both scanning screens share the one scan field ref (only one is on screen at a time). From any other
  // screen, F2 means "identify this".
  const scanning = screen === 'identify' || screen === 'bagging' || screen === 'customs'
  const focusScanInput = useCallback(() => {
    if (!scanning) open('identify')
    // The input exists only once the scanning screen has rendered.
    window.requestAnimationFrame(() => scanInput.current?.focus())
  }, [open, scanning])

  // A keyboard-wedge scanner's burst goes to the screen's scan, wherever the focus is on that screen.
  const wedgeOptions = useMemo(
    () => ({
      ...DEFAULT_WEDGE_OPTIONS,
      mapByPosition: settings.wedge.mapByPosition,
      maxGapMs: settings.wedge.maxGapMs,
    }),
    [settings.wedge.mapByPosition, settings.wedge.maxGapMs],
  )
  const submitIdentify = identifications.submit
  const submitBagging = bagging.scans.scanFromWedge
  const onWedgeScan = useCallback(
    (code: string) =>
      screen === 'bagging'
        ? submitBagging(code)
        : screen === 'customs'
          ? customsScan.current(code)
          : submitIdentify(code),
    [screen, submitBagging, submitIdentify],
  )
  useWedgeScanner({
    enabled: settings.wedge.enabled && scanning,
    options: wedgeOptions,
    field: scanInput,
    onScan: onWedgeScan,
  })
  const focused = useWindowFocus()

  useGlobalKeys((event) => {
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      const target = screenForKeyCode(event.code)
      if (target) {
        event.preventDefault()
        open(target)
      }
      return
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (event.key === 'F2' || (event.key === '/' && !isEditable(event.target))) {
      event.preventDefault()
      focusScanInput()
      return
    }
    // A scanner types wherever the focus is. On a scanning screen, a letter or digit typed while the
    // focus is elsewhere (a button clicked with a glove) goes to the scan field instead of being lost.
    if (scanning && /^[A-Za-z0-9\]]$/.test(event.key) && !isEditable(event.target)) {
      scanInput.current?.focus()
    }
  })

  return (
    <div className="app">
      <Nav current={screen} onOpen={open} />
      <main className="screen" id="screen">
        {settings.wedge.enabled && scanning && !focused && <WedgeNotReady field={scanInput} />}
        {screen === 'identify' && <IdentifyScreen identifications={identifications} inputRef={scanInput} />}
        {screen === 'bagging' && (
          <BaggingScreen bagging={bagging} office={office} sound={settings} inputRef={scanInput} />
        )}
        {screen === 'dispatch' && <DispatchScreen connection={connection} sound={settings} />}
        {screen === 'customs' && (
          <CustomsScreen
            connection={connection}
            sound={settings}
            inputRef={scanInput}
            wedgeScanRef={customsScan}
          />
        )}
        {screen === 'labels' && <LabelsScreen connection={connection} sound={settings} />}
        {screen === 'messages' && <MessagesScreen connection={connection} sound={settings} />}
        {screen === 'devices' && <DevicesScreen connection={connection} />}
        {screen === 'settings' && <SettingsScreen appInfo={appInfo} connection={connection} />}
        {isPlanned(screen) && <PlannedScreen screen={screen} />}
      </main>
      <StatusBar connection={connection} appInfo={appInfo} office={office.office} />
    </div>
  )
}
