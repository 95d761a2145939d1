// Recording that the duty on an item was paid: the reference of the payment (a receipt number, a
// transaction id) joins the decision that set the duty. The exchange office may record it as well as
// the officer, since the post often collects duty for customs.
import { useId, useState } from 'react'
import type { CommandOutput } from '../../api'
import type { CustomsDecision } from '../../api/customs'
import { groupCode } from '../codes/groupCode'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { useSession } from '../session/SessionContext'
import { useLanguage, useT } from '../settings/SettingsContext'
import { Modal } from '../shell/Modal'
import { readReference } from './decisionForm'
import { formatMoney } from './look'
import { RefusalNote } from './RefusalNote'
import { useFocusFirst } from './useFocusFirst'

export type Paid = CommandOutput<'customs.payment'>

interface PaymentDialogProps {
  itemId: string
  due: CustomsDecision
  onPaid: (result: Paid) => void
  onRefused: (problem: EngineProblem) => void
  onCancel: () => void
}

export function PaymentDialog({ itemId, due, onPaid, onRefused, onCancel }: PaymentDialogProps) {
  const t = useT()
  const language = useLanguage()
  const { act } = useSession()
  const id = useId()
  const [reference, setReference] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)
  const field = useFocusFirst<HTMLInputElement>()
  const amount = due.duty ? formatMoney(due.duty.amount, due.duty.currency, language, t) : null

  function submit(): void {
    const reading = readReference(reference)
    if (!reading.ok) {
      setError(t(reading.error))
      field.current?.focus()
      return
    }
    setError(null)
    setWorking(true)
    setProblem(null)
    act('customs.payment', { itemId, reference: reading.reference })
      .then(onPaid)
      .catch((failure: unknown) => {
        const described = describeEngineError(failure)
        setProblem(described)
        setWorking(false)
        onRefused(described)
      })
  }

  return (
    <Modal
      labelledBy={`${id}-title`}
      onClose={onCancel}
      className="modal-customs"
      testId="customs-payment-dialog"
    >
      <form
        className="form dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <h2 id={`${id}-title`}>{t('customsPayment.title', { item: groupCode(itemId) })}</h2>
        <p className="customs-lead">
          {amount ? t('customsPayment.due', { amount }) : t('customsPayment.dueUnknown')}
        </p>
        <div className="form-field customs-wide-field">
          <label htmlFor={`${id}-reference`}>{t('customsPayment.reference')}</label>
          <input
            id={`${id}-reference`}
            ref={field}
            className="text-input"
            value={reference}
            maxLength={64}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onChange={(event) => setReference(event.target.value)}
          />
          <p className="form-note" id={`${id}-hint`}>
            {t('customsPayment.referenceHint')}
          </p>
          {error && (
            <p className="form-note form-note-error" id={`${id}-error`}>
              {error}
            </p>
          )}
        </div>
        {problem && <RefusalNote title="customsPayment.refused" problem={problem} />}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onCancel}>
            {t('dialog.cancel')} <kbd className="shortcut-key">Esc</kbd>
          </button>
          <button type="submit" className="button button-primary" disabled={working}>
            {working ? t('customsPayment.working') : t('customsPayment.submit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
