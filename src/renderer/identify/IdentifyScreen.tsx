import type { RefObject } from 'react'
import { ScanForm } from '../scan/ScanForm'
import { PENDING_VISIBLE_AFTER_MS, useDelayedFlag } from '../scan/useDelayedFlag'
import { ScreenHeading } from '../shell/ScreenHeading'
import { useT } from '../settings/SettingsContext'
import { Announcer } from './Announcer'
import { EngineFailure } from './EngineFailure'
import { HistoryList } from './HistoryList'
import { ResultCard } from './ResultCard'
import type { Identifications } from './useIdentifications'

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
      <ScanForm
        inputRef={inputRef}
        pending={slow}
        onSubmit={submit}
        words={{
          label: t('identify.inputLabel'),
          hint: t('identify.inputHint'),
          submit: t('identify.submit'),
          working: t('identify.working'),
        }}
      />
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
