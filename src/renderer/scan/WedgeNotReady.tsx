// Shown while the window has no focus: a keyboard-wedge scanner would type into another window, and the
// scans would be lost without anyone knowing. One click anywhere on it brings the focus back.
import type { RefObject } from 'react'
import { useT } from '../settings/SettingsContext'

export function WedgeNotReady({ field }: { field: RefObject<HTMLInputElement | null> }) {
  const t = useT()
  return (
    <button
      type="button"
      className="wedge-not-ready"
      data-testid="wedge-not-ready"
      role="alert"
      onClick={() => {
        window.focus()
        // After this banner has left the page, so the focus is not lost with it.
        window.requestAnimationFrame(() => field.current?.focus())
      }}
    >
      <strong>{t('wedge.notReady')}</strong>
      <span>{t('wedge.notReadyWhy')}</span>
      <span className="wedge-click">{t('wedge.clickHere')}</span>
    </button>
  )
}
