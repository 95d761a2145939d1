// The last identifications, newest first. Each line brings its result back to the big panel, for the
// moment a person wants a second look at a scan that has already scrolled by.
import { useLanguage, useT } from '../settings/SettingsContext'
import { groupCode } from '../codes/groupCode'
import { VerdictIcon } from '../feedback/VerdictIcon'
import { kindKey, outcomeOf, outcomeText } from './outcome'
import type { Identified } from './useIdentifications'

interface HistoryListProps {
  history: Identified[]
  onShow: (entry: Identified) => void
  onClear: () => void
}

export function HistoryList({ history, onShow, onClear }: HistoryListProps) {
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
    <section className="history" aria-labelledby="history-title">
      <div className="history-head">
        <h2 id="history-title">{t('history.title')}</h2>
        {history.length > 0 && (
          <button type="button" className="button button-quiet" onClick={onClear}>
            {t('history.clear')}
          </button>
        )}
      </div>
      {history.length === 0 ? (
        <p className="history-empty">{t('history.empty')}</p>
      ) : (
        <ol className="history-list" data-testid="history">
          {history.map((entry) => {
            const outcome = outcomeOf(entry.result)
            const code = entry.result.normalized === '' ? '—' : groupCode(entry.result.normalized)
            return (
              <li key={entry.id}>
                <button
                  type="button"
                  className={`history-item history-${outcome}`}
                  onClick={() => onShow(entry)}
                  title={t('history.show', { code })}
                >
                  <VerdictIcon verdict={outcome} size={28} />
                  <span className="code history-code">{code}</span>
                  <span className="history-outcome">
                    {outcomeText(entry.result, t)}
                    {/* A valid outcome already names the kind ("Valid receptacle"); "Not valid" does not. */}
                    {outcome === 'invalid' && (
                      <span className="history-kind"> — {t(kindKey(entry.result.kind))}</span>
                    )}
                  </span>
                  <time className="history-time" dateTime={new Date(entry.at).toISOString()}>
                    {time.format(entry.at)}
                  </time>
                </button>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
