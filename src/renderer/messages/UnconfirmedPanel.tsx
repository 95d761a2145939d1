// Receptacles this station advised (PREDES, CARDIT) that no partner has confirmed receiving (RESDES,
// RESCON, RESDIT) after a given number of hours: the ones to chase. Asked again when a message or a
// dispatch changes, since either may confirm or add one.
import { useEffect, useState } from 'react'
import type { CommandOutput } from '../../api'
import { groupCode } from '../codes/groupCode'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { describeEngineError } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { formatWhen } from '../labels/when'
import { useLanguage, useT } from '../settings/SettingsContext'
import { OfficeName } from '../dispatch/OfficeName'
import { DEFAULT_HOURS, parseHours } from './hours'

type Unconfirmed = CommandOutput<'receptacle.unconfirmed'>['receptacles']

type Held =
  | { key: string; state: 'loading' }
  | { key: string; state: 'failed'; error: unknown }
  | { key: string; state: 'ready'; receptacles: Unconfirmed }

export function UnconfirmedPanel({ connection }: { connection: ConnectionStatus }) {
  const t = useT()
  const language = useLanguage()
  const [hoursText, setHoursText] = useState(String(DEFAULT_HOURS))
  const [round, setRound] = useState(0)
  const [held, setHeld] = useState<Held>({ key: '', state: 'loading' })
  const hours = parseHours(hoursText)
  const key = `${hours ?? ''} ${round}`

  useEffect(() => {
    const client = getStationClient()
    const again = () => setRound((n) => n + 1)
    const offMessage = client.on('message.changed', again)
    const offDispatch = client.on('dispatch.changed', again)
    return () => {
      offMessage()
      offDispatch()
    }
  }, [])

  useEffect(() => {
    if (connection !== 'open' || hours === null) return
    let live = true
    getStationClient()
      .invoke('receptacle.unconfirmed', { olderThanHours: hours })
      .then((answer) => live && setHeld({ key, state: 'ready', receptacles: answer.receptacles }))
      .catch((error: unknown) => live && setHeld({ key, state: 'failed', error }))
    return () => {
      live = false
    }
  }, [connection, hours, key])

  const shown = held.key === key ? held : null
  return (
    <section
      className="xchange-group unconfirmed"
      aria-labelledby="unconfirmed-title"
      data-testid="unconfirmed"
    >
      <h2 id="unconfirmed-title">{t('unconfirmed.title')}</h2>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor="unconfirmed-hours">{t('unconfirmed.hours')}</label>
          <input
            id="unconfirmed-hours"
            className="text-input hours-input"
            inputMode="decimal"
            value={hoursText}
            onChange={(event) => setHoursText(event.target.value)}
            aria-invalid={hours === null}
            aria-describedby="unconfirmed-hours-hint"
            autoComplete="off"
          />
        </div>
        <button type="button" className="button" onClick={() => setRound((n) => n + 1)}>
          {t('unconfirmed.refresh')}
        </button>
      </div>
      <p id="unconfirmed-hours-hint" className={hours === null ? 'form-note form-note-error' : 'form-note'}>
        {hours === null ? t('unconfirmed.badHours') : t('unconfirmed.hint')}
      </p>
      {hours !== null && shown === null && <p className="xchange-note">{t('unconfirmed.loading')}</p>}
      {shown?.state === 'failed' && (
        <ProblemNote title="unconfirmed.failed" problem={describeEngineError(shown.error)} />
      )}
      {shown?.state === 'ready' && shown.receptacles.length === 0 && (
        <p className="xchange-empty">{t('unconfirmed.none', { hours: hours ?? DEFAULT_HOURS })}</p>
      )}
      {shown?.state === 'ready' && shown.receptacles.length > 0 && (
        <div className="table-scroll">
          <table className="xchange-table" data-testid="unconfirmed-table">
            <thead>
              <tr>
                <th scope="col">{t('unconfirmed.col.receptacle')}</th>
                <th scope="col">{t('dispatch.col.destination')}</th>
                <th scope="col">{t('unconfirmed.col.advised')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.receptacles.map((r) => (
                <tr key={r.receptacleId}>
                  <td>
                    <span className="code">{groupCode(r.receptacleId)}</span>
                  </td>
                  <td>
                    <OfficeName code={r.destination} />
                  </td>
                  <td>
                    {formatWhen(r.advisedAt, language)}
                    <span className="xsub">{t('unconfirmed.missing')}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
