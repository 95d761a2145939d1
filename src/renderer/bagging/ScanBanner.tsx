// The answer to the last scan, readable from a step away: colour, icon shape and words, the item as
// printed on its label, and the engine's reason underneath (in English, as the engine says it).
import { VerdictIcon } from '../feedback/VerdictIcon'
import { useT } from '../settings/SettingsContext'
import { scanHeadline, scannedCode } from './announce'
import { scanVerdict } from './outcomes'
import type { ScanEntry } from './scanLog'

export function ScanBanner({ entry }: { entry: ScanEntry | null }) {
  const t = useT()
  if (!entry) return <p className="scan-banner-idle">{t('bagging.idle')}</p>
  const verdict = entry.kind === 'scanned' ? scanVerdict(entry.result.outcome) : 'invalid'
  const outcome = entry.kind === 'scanned' ? entry.result.outcome : 'unanswered'
  return (
    <article
      className={`scan-banner result result-${verdict}`}
      data-testid="scan-banner"
      data-outcome={outcome}
    >
      <header className="result-head">
        <VerdictIcon verdict={verdict} size={60} />
        <p className="scan-banner-outcome" data-testid="scan-banner-outcome">
          {scanHeadline(entry, t)}
        </p>
        {entry.kind === 'scanned' && entry.undone && (
          <span className="undone-mark scan-banner-undone">{t('bagging.undoneMark')}</span>
        )}
      </header>
      <p className="code scan-banner-code" data-testid="scan-banner-code">
        {scannedCode(entry)}
      </p>
      <p className="scan-banner-reason" data-testid="scan-banner-reason">
        {entry.kind === 'scanned' ? (
          <>
            <span className="engine-says">{t('bagging.engineSays')}</span>{' '}
            <span lang="en">{entry.result.reason}</span>
          </>
        ) : (
          <>
            {t(entry.problem.reason)} {t('bagging.scanAgain', { code: entry.code })}
          </>
        )}
      </p>
    </article>
  )
}
