// Handing closed dispatches to a carrier: which dispatches travel together (one destination and category),
// the carrier and its flight or trip, from where to where, and when, on this station's clock. The engine
// closes the consignment and writes the CARDIT for the carrier and the PRECON for the destination; both
// are shown here once written.
import { useState, type ReactNode } from 'react'
import type { CommandOutput } from '../../api'
import type { DispatchSummary } from '../../api/exchange'
import { formatWeight } from '../codes/weight'
import type { ConnectionStatus } from '../contract/client'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import type { MessageKey } from '../i18n/en'
import { useSession } from '../session/SessionContext'
import { useLanguage, useT } from '../settings/SettingsContext'
import { Modal } from '../shell/Modal'
import {
  EMPTY_DRAFT,
  localIsoWithOffset,
  transportLeg,
  type ConsignDraft,
  type ConsignField,
} from './consignForm'
import { DocumentList } from './DocumentList'
import { StateIcon } from './StateIcon'
import { useFocusOnOpen } from './useFocusOnOpen'

export type ConsignResult = CommandOutput<'consignment.close'>

interface ConsignDialogProps {
  connection: ConnectionStatus
  /** The chosen dispatch first, then the others that may travel with it. */
  candidates: readonly DispatchSummary[]
  onConsigned: (result: ConsignResult) => void
  onRefused: (problem: EngineProblem) => void
  onDone: () => void
}

const FIELD_LABEL: Record<ConsignField, MessageKey> = {
  carrier: 'consign.carrier',
  number: 'consign.number',
  from: 'consign.from',
  to: 'consign.to',
  departure: 'consign.departure',
  arrival: 'consign.arrival',
}

export function ConsignDialog({
  connection,
  candidates,
  onConsigned,
  onRefused,
  onDone,
}: ConsignDialogProps) {
  const t = useT()
  const language = useLanguage()
  const { act } = useSession()
  const [draft, setDraft] = useState<ConsignDraft>(EMPTY_DRAFT)
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(candidates.slice(0, 1).map((d) => d.id)),
  )
  const [tried, setTried] = useState(false)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)
  const [result, setResult] = useState<ConsignResult | null>(null)
  const carrierField = useFocusOnOpen<HTMLInputElement>()

  const check = transportLeg(draft)
  const invalid = new Set(check.ok ? [] : check.invalid)
  const shownInvalid = tried ? invalid : new Set<ConsignField>()
  const departureIso = localIsoWithOffset(draft.departure)

  function set<K extends keyof ConsignDraft>(key: K, value: ConsignDraft[K]): void {
    setDraft((current) => ({ ...current, [key]: value }))
  }

  function submit(): void {
    setTried(true)
    if (!check.ok || chosen.size === 0) return
    setWorking(true)
    setProblem(null)
    act('consignment.close', {
      dispatches: candidates.filter((d) => chosen.has(d.id)).map((d) => d.id),
      carrier: check.carrier,
      transport: [check.leg],
    })
      .then((answer) => {
        setResult(answer)
        onConsigned(answer)
      })
      .catch((error: unknown) => {
        const described = describeEngineError(error)
        setProblem(described)
        setWorking(false)
        onRefused(described)
      })
  }

  if (result) {
    const c = result.consignment
    return (
      <Modal labelledBy="consign-title" onClose={onDone} testId="consign-dialog" className="modal-exchange">
        <h2 id="consign-title">{t('consign.doneTitle', { id: c.id })}</h2>
        <div className="xresult xtone-good" role="status" data-testid="consign-result">
          <StateIcon icon="tick" size={40} />
          <div>
            <p className="xresult-title">
              {t('consign.doneLine', {
                carrier: c.carrier,
                number: c.transport[0]?.number ?? '',
                destination: c.destination,
              })}
            </p>
            <p>
              {t('consign.doneTotals', {
                receptacles: c.receptacles,
                weight: formatWeight(c.weightKg, language),
              })}
            </p>
          </div>
        </div>
        <DocumentList
          connection={connection}
          documents={result.documents}
          title={t('documents.ofConsignment', { id: c.id })}
          testId="consign-documents"
        />
        <div className="dialog-buttons">
          <button type="button" className="button button-primary" onClick={onDone} autoFocus>
            {t('consign.done')}
          </button>
        </div>
      </Modal>
    )
  }

  const field = (key: ConsignField, input: ReactNode, hint?: string) => (
    <div className="form-field">
      <label htmlFor={`consign-${key}`}>{t(FIELD_LABEL[key])}</label>
      {input}
      {hint && (
        <p className="form-note" id={`consign-${key}-hint`}>
          {hint}
        </p>
      )}
    </div>
  )
  const text = (key: 'carrier' | 'number' | 'from' | 'to', width: string) => (
    <input
      id={`consign-${key}`}
      ref={key === 'carrier' ? carrierField : undefined}
      className={`text-input code ${width}`}
      value={draft[key]}
      onChange={(event) => set(key, event.target.value)}
      aria-invalid={shownInvalid.has(key)}
      aria-describedby={`consign-${key}-hint`}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
    />
  )

  return (
    <Modal labelledBy="consign-title" onClose={onDone} testId="consign-dialog" className="modal-exchange">
      <form
        className="form dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <h2 id="consign-title">{t('consign.title')}</h2>
        <fieldset className="form-field consign-dispatches">
          <legend>{t('consign.dispatches')}</legend>
          {candidates.map((d) => (
            <label key={d.id} className="choice">
              <input
                type="checkbox"
                checked={chosen.has(d.id)}
                onChange={(event) => {
                  const next = new Set(chosen)
                  if (event.target.checked) next.add(d.id)
                  else next.delete(d.id)
                  setChosen(next)
                }}
              />
              <span>
                {t('consign.dispatchLine', {
                  number: d.number,
                  destination: d.destination,
                  receptacles: d.receptacles,
                  weight: formatWeight(d.weightKg, language),
                })}
              </span>
            </label>
          ))}
          <p className="form-note">{t('consign.dispatchesHint')}</p>
          {tried && chosen.size === 0 && (
            <p className="form-note form-note-error">{t('consign.noDispatch')}</p>
          )}
        </fieldset>
        <div className="form-row">
          {field('carrier', text('carrier', 'code-short'), t('consign.carrierHint'))}
          {field('number', text('number', 'code-mid'), t('consign.numberHint'))}
          <div className="form-field">
            <label htmlFor="consign-mode">{t('consign.mode')}</label>
            <select
              id="consign-mode"
              className="text-input"
              value={draft.mode}
              onChange={(event) => set('mode', event.target.value as ConsignDraft['mode'])}
            >
              {(['4', '3', '2', '1'] as const).map((mode) => (
                <option key={mode} value={mode}>
                  {t(`consign.mode.${mode}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="form-row">
          {field('from', text('from', 'code-mid'), t('consign.placeHint'))}
          {field('to', text('to', 'code-mid'), t('consign.placeHint'))}
        </div>
        <div className="form-row">
          {field(
            'departure',
            <input
              id="consign-departure"
              type="datetime-local"
              className="text-input"
              value={draft.departure}
              onChange={(event) => set('departure', event.target.value)}
              aria-invalid={shownInvalid.has('departure')}
              aria-describedby="consign-departure-hint"
            />,
            departureIso ? t('consign.sentAs', { iso: departureIso }) : t('consign.timeHint'),
          )}
          {field(
            'arrival',
            <input
              id="consign-arrival"
              type="datetime-local"
              className="text-input"
              value={draft.arrival}
              onChange={(event) => set('arrival', event.target.value)}
              aria-invalid={shownInvalid.has('arrival')}
              aria-describedby="consign-arrival-hint"
            />,
            t('consign.arrivalHint'),
          )}
        </div>
        {tried && shownInvalid.size > 0 && (
          <p className="form-note form-note-error" role="alert" data-testid="consign-invalid">
            {t('consign.invalid', { fields: [...shownInvalid].map((key) => t(FIELD_LABEL[key])).join(', ') })}
          </p>
        )}
        {problem && <ProblemNote title="consign.refused" problem={problem} />}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onDone}>
            {t('dialog.cancel')} <kbd className="shortcut-key">Esc</kbd>
          </button>
          <button type="submit" className="button button-primary" disabled={working}>
            {working ? t('consign.working') : t('consign.submit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
