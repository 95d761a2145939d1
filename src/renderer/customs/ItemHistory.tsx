// What has happened to the item: customs decisions (newest first) with who, why, the note and the duty;
// the holds as the bagging station reads them, open or lifted; the UPU item events it produced (EXA,
// EXB, EDC…, with their reason codes); and the station's log about it (scans, undos, refusals), in the
// engine's own words.
import type { CustomsItem } from '../../api/customs'
import { useLanguage, useT } from '../settings/SettingsContext'
import { StatusIcon } from '../labels/StatusIcon'
import { formatWhen } from '../labels/when'
import { decisionHeadline, dutyWords, STATE_AFTER, stateLook } from './look'

export function DecisionHistory({ item }: { item: CustomsItem }) {
  const t = useT()
  const language = useLanguage()
  const decisions = [...item.decisions].sort((a, b) => b.id - a.id)
  return (
    <section
      className="customs-section"
      aria-labelledby="customs-decisions-title"
      data-testid="customs-decisions"
    >
      <h3 id="customs-decisions-title">{t('customsItem.decisions')}</h3>
      {decisions.length === 0 ? (
        <p className="customs-muted">{t('customsItem.noDecisions')}</p>
      ) : (
        <ol className="customs-decision-list">
          {decisions.map((decision) => {
            const look = stateLook(STATE_AFTER[decision.decision])
            const duty = dutyWords(decision, language, t)
            return (
              <li
                key={decision.id}
                className={`customs-decision-entry tone-${look.tone}`}
                data-decision={decision.decision}
              >
                <p className="customs-decision-head">
                  <StatusIcon icon={look.icon} size={24} />
                  <strong>{decisionHeadline(decision, t)}</strong>
                  <span className="customs-muted">
                    {t('customsItem.decidedBy', {
                      who: decision.decidedBy,
                      when: formatWhen(decision.decidedAt, language),
                    })}
                  </span>
                </p>
                {decision.reason && (
                  <p className="customs-decision-reason">
                    {t('customsItem.reason', { reason: decision.reason })}
                  </p>
                )}
                {decision.note && (
                  <p className="customs-decision-note">{t('customsItem.note', { note: decision.note })}</p>
                )}
                {duty && <p className="customs-decision-duty">{duty}</p>}
                <p className="customs-muted customs-decision-event">
                  {t('customsItem.itemEvent', {
                    code: decision.itemEventReason
                      ? `${decision.itemEvent} ${decision.itemEventReason}`
                      : decision.itemEvent,
                  })}
                </p>
              </li>
            )
          })}
        </ol>
      )}
      {item.holds.length > 0 && (
        <>
          <h4>{t('customsItem.holds')}</h4>
          <ul className="customs-holds">
            {item.holds.map((hold) => (
              <li key={hold.placedSeq} className={hold.open ? 'customs-hold-open' : 'customs-hold-lifted'}>
                <strong>{t(hold.open ? 'customsItem.holdOpen' : 'customsItem.holdLifted')}</strong>{' '}
                <span lang="en">{hold.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

export function ItemEvents({ item }: { item: CustomsItem }) {
  const t = useT()
  const language = useLanguage()
  return (
    <section
      className="customs-section"
      aria-labelledby="customs-events-title"
      data-testid="customs-item-events"
    >
      <h3 id="customs-events-title">{t('customsItem.events')}</h3>
      {item.itemEvents.length === 0 ? (
        <p className="customs-muted">{t('customsItem.noEvents')}</p>
      ) : (
        <div className="table-scroll">
          <table className="customs-table customs-events">
            <thead>
              <tr>
                <th scope="col">{t('customsItem.eventCode')}</th>
                <th scope="col">{t('customsItem.eventWhen')}</th>
                <th scope="col">{t('customsItem.eventOffice')}</th>
                <th scope="col">{t('customsItem.eventReason')}</th>
              </tr>
            </thead>
            <tbody>
              {item.itemEvents.map((event) => (
                <tr key={`${event.seq}-${event.code}`}>
                  <td className="code">{event.code}</td>
                  <td>{formatWhen(event.at, language)}</td>
                  <td className="code">{event.office}</td>
                  <td className="code">{event.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {item.history.length > 0 && (
        <>
          <h4>{t('customsItem.log')}</h4>
          <ol className="customs-log" data-testid="customs-log">
            {[...item.history].reverse().map((event) => (
              <li key={event.seq}>
                <span className="customs-log-when">{formatWhen(event.at, language)}</span>{' '}
                <span className="customs-log-who">{event.operator}</span>{' '}
                <span lang="en">{event.reason ?? event.type}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
