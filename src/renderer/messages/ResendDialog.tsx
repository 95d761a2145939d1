// Sending a message again is an audited decision, never a silent repeat: the dialog says the partner
// may already have it (the copy keeps the control reference, so the partner can tell), asks why
// (optional), and sends `message.resend` in the operator's name.
import { useState } from 'react'
import type { Message } from '../../api/exchange'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import { Modal } from '../shell/Modal'
import { messageTitle } from './messageState'

/** As the contract allows. */
const REASON_MAX = 200

interface ResendDialogProps {
  message: Message
  onDone: (copy: Message) => void
  onRefused: (problem: EngineProblem) => void
  onCancel: () => void
}

export function ResendDialog({ message, onDone, onRefused, onCancel }: ResendDialogProps) {
  const t = useT()
  const { act } = useSession()
  const [reason, setReason] = useState('')
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)

  function submit(): void {
    setWorking(true)
    setProblem(null)
    const why = reason.trim()
    act('message.resend', { id: message.id, ...(why ? { reason: why } : {}) })
      .then((answer) => onDone(answer.message))
      .catch((error: unknown) => {
        const described = describeEngineError(error)
        setProblem(described)
        setWorking(false)
        onRefused(described)
      })
  }

  return (
    <Modal labelledBy="resend-title" onClose={onCancel} testId="resend-dialog">
      <form
        className="form dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <h2 id="resend-title">{t('resend.title')}</h2>
        <p className="dialog-lead">
          <strong>{messageTitle(message, t)}</strong>
          {message.subject && <span className="code"> {message.subject}</span>}{' '}
          <span>{t('message.number', { id: message.id })}</span>
        </p>
        <p className="form-note form-note-warning" id="resend-warning">
          {t('resend.warning', { partner: message.partner ?? '—' })}
        </p>
        {problem && <ProblemNote title="resend.failed" problem={problem} />}
        <div className="form-field form-field-wide">
          <label htmlFor="resend-reason">{t('resend.reason')}</label>
          <input
            id="resend-reason"
            className="text-input"
            value={reason}
            maxLength={REASON_MAX}
            onChange={(event) => setReason(event.target.value)}
            autoComplete="off"
            autoFocus
          />
        </div>
        <p className="form-note">{t('resend.audited')}</p>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onCancel}>
            {t('dialog.cancel')} <kbd className="shortcut-key">Esc</kbd>
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={working}
            aria-describedby="resend-warning"
          >
            {working ? t('resend.working') : t('resend.submit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
