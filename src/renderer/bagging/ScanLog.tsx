// The station's last scans, newest first, each in colour, icon and words with the engine's reason, so a
// worker who looked away can see which item was refused and why. Undone scans stay, struck out.
import { VerdictIcon } from '../feedback/VerdictIcon'
import { useLanguage, useT } from '../settings/SettingsContext'
import { scanHeadline, scannedCode } from './announce'
import { scanVerdict } from './outcomes'
import type { ScanEntry } from './scanLog'

export function ScanLog({ log }: { log: ScanEntry[] }) {
  const t = useT()
  const language = useLanguage()
  // 24-hour clock: shift work, and the times must sort at a glance.
  const time = new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
  return (
    <section className="scan-log" aria-labelledby="scan-log-title">
      <h2 id="scan-log-title">{t('bagging.log')}</h2>
      {log.length === 0 ? (
        <p className="history-empty">{t('bagging.logEmpty')}</p>
      ) : (
        <ol className="scan-log-list" data-testid="scan-log">
          {log.map((entry) => {
            const verdict = entry.kind === 'scanned' ? scanVerdict(entry.result.outcome) : 'invalid'
            const undone = entry.kind === 'scanned' && entry.undone
            const at = entry.kind === 'scanned' ? entry.result.at : entry.at
            return (
              <li
                key={entry.id}
                className={`scan-entry scan-entry-${verdict}${undone ? ' scan-entry-undone' : ''}`}
                data-outcome={entry.kind === 'scanned' ? entry.result.outcome : 'unanswered'}
              >
                <VerdictIcon verdict={verdict} size={28} />
                <span className="scan-entry-head">
                  <span className="code scan-entry-code">{scannedCode(entry)}</span>
                  <strong className="scan-entry-outcome">{scanHeadline(entry, t)}</strong>
                  {undone && <span className="undone-mark">{t('bagging.undoneMark')}</span>}
                </span>
                <time className="scan-entry-time" dateTime={at}>
                  {time.format(new Date(at))}
                </time>
                <span className="scan-entry-reason" lang={entry.kind === 'scanned' ? 'en' : undefined}>
                  {entry.kind === 'scanned' ? entry.result.reason : t(entry.problem.reason)}
                </span>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
