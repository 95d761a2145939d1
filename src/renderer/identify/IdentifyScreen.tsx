import { useEffect, useState, type RefObject } from 'react'
import { ScreenHeading } from '../shell/ScreenHeading'
import { useT } from '../settings/SettingsContext'
import { Announcer } from './Announcer'
import { EngineFailure } from './EngineFailure'
import { HistoryList } from './HistoryList'
import { ResultCard } from './ResultCard'
import { ScanForm } from './ScanForm'
import type { Identifications } from './useIdentifications'

/** Below this, "Identifying…" would only flicker: most answers come back within a few milliseconds. */
const PENDING_VISIBLE_AFTER_MS = 300

function useDelayedFlag(on: boolean, delayMs: number): boolean {
  const [elapsed, setElapsed] = useState(false)
  useEffect(() => {
    if (!on) return
    const timer = window.setTimeout(() => setElapsed(true), delayMs)
    return () => {
      window.clearTimeout(timer)
      setElapsed(false)
    }
  }, [on, delayMs])
  return on && elapsed
}

interface IdentifyScreenProps {
  identifications: Identifications
  inputRef: RefObject<HTMLInputElement | null>
}

export function IdentifyScreen({ identifications, inputRef }: IdentifyScreenProps) {
  const t = useT()
  const { shown, history, pending, announcement, submit, showAgain, clearHistory } = identifications
  const slow = useDelayedFlag(pending > 0, PENDING_VISIBLE_AFTER_MS)
  return (
    <section className="identify">
      <div className="sr-only">
        <ScreenHeading takeFocus={false}>{t('screen.identify')}</ScreenHeading>
      </div>
      <ScanForm inputRef={inputRef} pending={slow} onSubmit={submit} />
      <Announcer announcement={announcement} />
      <div className="result-area">
        {shown.state === 'idle' && <p className="result-idle">{t('identify.idle')}</p>}
        {shown.state === 'result' && shown.batch && (
          <p className="batch-summary" data-testid="batch-summary">
            {t('identify.batch', { ...shown.batch })}
          </p>
        )}
        {shown.state === 'result' && <ResultCard result={shown.entry.result} />}
        {shown.state === 'failed' && (
          <EngineFailure
            problem={shown.problem}
            codes={shown.codes}
            onRetry={() => {
              submit(shown.codes.join('\n'))
              inputRef.current?.focus()
            }}
          />
        )}
      </div>
      <HistoryList history={history} onShow={showAgain} onClear={clearHistory} />
    </section>
  )
}
