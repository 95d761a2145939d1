// Answering the referral the destination raised on an item (ITMREF: request for information, for
// screening, do not load): the response code and the action taken, in words. The engine audits the
// answer and sends it back as a REFRSP to the post that raised it; an answered do-not-load stays in force.
import { useId, useState } from 'react'
import type { CommandOutput } from '../../api'
import type { ReferralResponseCode } from '../../core/edi/messages/customs'
import { groupCode } from '../codes/groupCode'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import { Modal } from '../shell/Modal'
import { ACTION_MAX, answerCodes, readAction, type WaitingReferral } from './referral'
import { RefusalNote } from './RefusalNote'
import { useFocusFirst } from './useFocusFirst'

export type Answered = CommandOutput<'advance.answer'>

interface ReferralDialogProps {
  itemId: string
  referral: WaitingReferral
  onAnswered: (result: Answered) => void
  onRefused: (problem: EngineProblem) => void
  onCancel: () => void
}

export function ReferralDialog({ itemId, referral, onAnswered, onRefused, onCancel }: ReferralDialogProps) {
  const t = useT()
  const { act } = useSession()
  const id = useId()
  const codes = answerCodes(referral.status)
  const [code, setCode] = useState<ReferralResponseCode>(codes[0]!)
  const [action, setAction] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)
  const first = useFocusFirst<HTMLSelectElement>()

  function submit(): void {
    const reading = readAction(action)
    if (!reading.ok) {
      setError(t(reading.error))
      document.getElementById(`${id}-action`)?.focus()
      return
    }
    setError(null)
    setWorking(true)
    setProblem(null)
    act('advance.answer', { items: [itemId], code, action: reading.action })
      .then(onAnswered)
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
      testId="customs-referral-dialog"
    >
      <form
        className="form dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <h2 id={`${id}-title`}>{t('customsAnswer.title', { item: groupCode(itemId) })}</h2>
        <p className="customs-lead">
          {t('customsAnswer.open', { type: t(`customsAnswer.type.${referral.status}`) })}
          {referral.asked && (
            <>
              {' '}
              {t('customsAnswer.asked')} <q lang="en">{referral.asked}</q>
            </>
          )}
        </p>
        <div className="form-field customs-wide-field">
          <label htmlFor={`${id}-code`}>{t('customsAnswer.code')}</label>
          <select
            id={`${id}-code`}
            ref={first}
            className="text-input"
            value={code}
            onChange={(event) => setCode(event.target.value as ReferralResponseCode)}
          >
            {codes.map((c) => (
              <option key={c} value={c}>
                {c} · {t(`customsAnswer.code.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field customs-wide-field">
          <label htmlFor={`${id}-action`}>{t('customsAnswer.action')}</label>
          <textarea
            id={`${id}-action`}
            className="text-input"
            rows={3}
            value={action}
            maxLength={ACTION_MAX}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onChange={(event) => {
              setAction(event.target.value)
              if (error) setError(null)
            }}
          />
          <p className="form-note" id={`${id}-hint`}>
            {t('customsAnswer.actionHint')}
          </p>
          {error && (
            <p className="form-note form-note-error" id={`${id}-error`}>
              {error}
            </p>
          )}
        </div>
        {referral.status === 'dnl' && (
          <p className="form-note form-note-warning">{t('customsAnswer.dnlStays')}</p>
        )}
        {problem && <RefusalNote title="customsAnswer.refused" problem={problem} />}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onCancel}>
            {t('dialog.cancel')} <kbd className="shortcut-key">Esc</kbd>
          </button>
          <button type="submit" className="button button-primary" disabled={working}>
            {working ? t('customsAnswer.working') : t('customsAnswer.submit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
