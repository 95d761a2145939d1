// A customs decision for one item or many, all or nothing. A hold asks why (its kind); every decision
// asks for its reason in words and takes an optional note; duty goes with a "duty payable" hold or a
// release. Returning and seizing are final, so the dialog asks once more, saying so. A refusal (a role
// that may not decide, an item already seized) is the engine's own sentence, in red, with the error
// tone; the dialog stays so the person can read it.
import { useId, useState } from 'react'
import type { CommandOutput } from '../../api'
import { HOLD_KINDS, type CustomsDecisionKind, type HoldKind } from '../../api/customs'
import { groupCode } from '../codes/groupCode'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import { Modal } from '../shell/Modal'
import {
  emptyDecisionForm,
  isFinal,
  readDecision,
  takesDuty,
  type DecisionField,
  type DecisionForm,
} from './decisionForm'
import { holdKindKey } from './look'
import { RefusalNote } from './RefusalNote'
import { useFocusFirst } from './useFocusFirst'

export type Decided = CommandOutput<'customs.decide'>

interface DecideDialogProps {
  decision: CustomsDecisionKind
  items: readonly string[]
  /** The currency a duty is most likely in: the declared value's. */
  currency: string
  onDecided: (result: Decided, decision: CustomsDecisionKind, kind: HoldKind | null) => void
  onRefused: (problem: EngineProblem) => void
  onCancel: () => void
}

const LISTED = 8

export function DecideDialog({
  decision,
  items,
  currency,
  onDecided,
  onRefused,
  onCancel,
}: DecideDialogProps) {
  const t = useT()
  const { act } = useSession()
  const id = useId()
  const [form, setForm] = useState<DecisionForm>(() => emptyDecisionForm(currency))
  const [errors, setErrors] = useState<Partial<Record<DecisionField, string>>>({})
  const [step, setStep] = useState<'form' | 'confirm'>('form')
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)
  const first = useFocusFirst<HTMLInputElement>()
  const duty = takesDuty(decision, form.kind)
  const several = items.length > 1
  const subject = several ? t('customsDecide.items', { count: items.length }) : groupCode(items[0] ?? '')

  function set<K extends keyof DecisionForm>(field: K, value: DecisionForm[K]): void {
    setForm((current) => ({ ...current, [field]: value }))
    // A field once corrected no longer shows its error; the others keep theirs until the next try.
    setErrors((current) => {
      if (!(field in current)) return current
      const rest = { ...current }
      delete rest[field]
      return rest
    })
  }

  function send(): void {
    const reading = readDecision(decision, form)
    if (!reading.ok) return
    setWorking(true)
    setProblem(null)
    act('customs.decide', { items: [...items], decision, ...reading.options })
      .then((result) => onDecided(result, decision, reading.options.kind ?? null))
      .catch((error: unknown) => {
        const described = describeEngineError(error)
        setProblem(described)
        setWorking(false)
        setStep('form')
        onRefused(described)
      })
  }

  function submit(): void {
    if (step === 'confirm') return send()
    const reading = readDecision(decision, form)
    if (!reading.ok) {
      setErrors(Object.fromEntries(Object.entries(reading.errors).map(([field, key]) => [field, t(key)])))
      const firstBad = (['kind', 'reason', 'note', 'dutyAmount', 'dutyCurrency'] as const).find(
        (field) => reading.errors[field],
      )
      if (firstBad) document.getElementById(`${id}-${firstBad}`)?.focus()
      return
    }
    setErrors({})
    if (isFinal(decision)) setStep('confirm')
    else send()
  }

  function error(field: DecisionField) {
    const words = errors[field]
    return words ? (
      <p className="form-note form-note-error" id={`${id}-${field}-error`}>
        {words}
      </p>
    ) : null
  }

  function described(field: DecisionField, hint?: string): string | undefined {
    const ids = [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean)
    return ids.length > 0 ? ids.join(' ') : undefined
  }

  const title = t(`customsDecide.dialogTitle.${decision}`, { subject })

  return (
    <Modal
      labelledBy={`${id}-title`}
      onClose={onCancel}
      className="modal-customs"
      testId="customs-decide-dialog"
    >
      <form
        className="form dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {several && (
          <p className="code customs-dialog-items" data-testid="customs-decide-items">
            {items.slice(0, LISTED).map(groupCode).join(' · ')}
            {items.length > LISTED && ` ${t('customs.andMore', { count: items.length - LISTED })}`}
          </p>
        )}
        {several && <p className="form-note">{t('customsDecide.allOrNothing')}</p>}

        {step === 'form' ? (
          <>
            {decision === 'hold' && (
              <fieldset className="form-field customs-kinds">
                <legend>{t('customsDecide.kind')}</legend>
                <div className="customs-kind-list">
                  {HOLD_KINDS.map((kind, index) => (
                    <label key={kind} className="choice customs-kind">
                      <input
                        type="radio"
                        name={`${id}-kind`}
                        id={index === 0 ? `${id}-kind` : undefined}
                        ref={index === 0 ? first : undefined}
                        value={kind}
                        checked={form.kind === kind}
                        onChange={() => set('kind', kind)}
                        aria-describedby={errors.kind ? `${id}-kind-error` : undefined}
                      />
                      <span>
                        <span className="customs-kind-name">{t(holdKindKey(kind))}</span>
                        <span className="customs-kind-hint">{t(`customs.kindHint.${kind}`)}</span>
                      </span>
                    </label>
                  ))}
                </div>
                {error('kind')}
              </fieldset>
            )}
            <div className="form-field customs-wide-field">
              <label htmlFor={`${id}-reason`}>{t('customsDecide.reason')}</label>
              <input
                id={`${id}-reason`}
                ref={decision === 'hold' ? undefined : first}
                className="text-input"
                value={form.reason}
                maxLength={200}
                autoComplete="off"
                aria-invalid={errors.reason ? true : undefined}
                aria-describedby={described('reason', `${id}-reason-hint`)}
                onChange={(event) => set('reason', event.target.value)}
              />
              <p className="form-note" id={`${id}-reason-hint`}>
                {t(decision === 'hold' ? 'customsDecide.reasonHintHold' : 'customsDecide.reasonHint')}
              </p>
              {error('reason')}
            </div>
            <div className="form-field customs-wide-field">
              <label htmlFor={`${id}-note`}>{t('customsDecide.note')}</label>
              <textarea
                id={`${id}-note`}
                className="text-input customs-note"
                rows={2}
                maxLength={1000}
                value={form.note}
                aria-invalid={errors.note ? true : undefined}
                aria-describedby={described('note')}
                onChange={(event) => set('note', event.target.value)}
              />
              {error('note')}
            </div>
            {duty !== null && (
              <fieldset className="form-field customs-duty">
                <legend>
                  {t(duty === 'required' ? 'customsDecide.dutyRequired' : 'customsDecide.dutyOptional')}
                </legend>
                <div className="form-row">
                  <div className="form-field">
                    <label htmlFor={`${id}-dutyAmount`}>{t('customsDecide.dutyAmount')}</label>
                    <input
                      id={`${id}-dutyAmount`}
                      className="text-input customs-amount"
                      inputMode="decimal"
                      autoComplete="off"
                      value={form.dutyAmount}
                      aria-invalid={errors.dutyAmount ? true : undefined}
                      aria-describedby={described('dutyAmount')}
                      onChange={(event) => set('dutyAmount', event.target.value)}
                    />
                  </div>
                  <div className="form-field">
                    <label htmlFor={`${id}-dutyCurrency`}>{t('customsDecide.dutyCurrency')}</label>
                    <input
                      id={`${id}-dutyCurrency`}
                      className="text-input code customs-currency"
                      autoComplete="off"
                      maxLength={3}
                      value={form.dutyCurrency}
                      aria-invalid={errors.dutyCurrency ? true : undefined}
                      aria-describedby={described('dutyCurrency')}
                      onChange={(event) => set('dutyCurrency', event.target.value.toUpperCase())}
                    />
                  </div>
                </div>
                {error('dutyAmount')}
                {error('dutyCurrency')}
              </fieldset>
            )}
          </>
        ) : (
          <div className="customs-confirm" data-testid="customs-decide-confirm">
            <p className="customs-confirm-question">
              {t(`customsDecide.confirm.${decision as 'return' | 'seize'}`, { subject })}
            </p>
            <p className="form-note form-note-warning">
              {t(`customsDecide.final.${decision as 'return' | 'seize'}`)}
            </p>
            <p className="customs-confirm-reason">
              {t('customsDecide.confirmReason', { reason: form.reason.trim() })}
            </p>
          </div>
        )}

        {problem && <RefusalNote title="customsDecide.refused" problem={problem} />}
        <div className="dialog-buttons">
          <button
            type="button"
            className="button"
            onClick={step === 'confirm' ? () => setStep('form') : onCancel}
          >
            {step === 'confirm' ? t('customsDecide.back') : t('dialog.cancel')}{' '}
            {step === 'form' && <kbd className="shortcut-key">Esc</kbd>}
          </button>
          <ConfirmButton
            key={step}
            decision={decision}
            step={step}
            working={working}
            label={
              working
                ? t('customsDecide.working')
                : step === 'confirm'
                  ? t(`customsDecide.confirmButton.${decision as 'return' | 'seize'}`)
                  : isFinal(decision)
                    ? t('customsDecide.continue')
                    : t(`customsDecide.submit.${decision as 'hold' | 'release'}`)
            }
          />
        </div>
      </form>
    </Modal>
  )
}

function ConfirmButton({
  decision,
  step,
  working,
  label,
}: {
  decision: CustomsDecisionKind
  step: 'form' | 'confirm'
  working: boolean
  label: string
}) {
  // The button that seizes or returns is red on the confirming step, and takes the focus there.
  const confirming = step === 'confirm'
  const button = useFocusFirst<HTMLButtonElement>()
  return (
    <button
      type="submit"
      ref={confirming ? button : undefined}
      className={`button ${confirming && decision === 'seize' ? 'button-danger' : 'button-primary'}`}
      disabled={working}
      data-testid="customs-decide-submit"
    >
      {label}
    </button>
  )
}
