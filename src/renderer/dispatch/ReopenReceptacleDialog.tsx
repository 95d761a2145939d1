// Reopening a closed receptacle undoes its close: its S9 (which says its weight) and its label no longer
// hold. The dialog says so before anything happens, asks why (required: the log keeps it beside the
// voided label), and sends `receptacle.reopen` in the supervisor's name. A refusal (the dispatch closed
// meanwhile, a role that may not) is the engine's own sentence, in red; the dialog stays to be read.
import { useState } from 'react'
import type { ReopenResult } from '../../api/bagging'
import { groupCode } from '../codes/groupCode'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import { Modal } from '../shell/Modal'

/** As the contract allows. */
const REASON_MAX = 500

export interface ReopenTarget {
  handle: number
  serial: number
  receptacleId: string | null
}

interface ReopenReceptacleDialogProps {
  receptacle: ReopenTarget
  dispatchNumber: number
  onReopened: (result: ReopenResult) => void
  onRefused: (problem: EngineProblem) => void
  onCancel: () => void
}

export function ReopenReceptacleDialog({
  receptacle,
  dispatchNumber,
  onReopened,
  onRefused,
  onCancel,
}: ReopenReceptacleDialogProps) {
  const t = useT()
  const { act } = useSession()
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)
  const serial = String(receptacle.serial).padStart(3, '0')

  function submit(): void {
    const why = reason.trim()
    if (why === '') {
      setMissing(true)
      document.getElementById('reopen-reason')?.focus()
      return
    }
    setWorking(true)
    setProblem(null)
    act('receptacle.reopen', { receptacle: receptacle.handle, reason: why })
      .then(onReopened)
      .catch((error: unknown) => {
        const described = describeEngineError(error)
        setProblem(described)
        setWorking(false)
        onRefused(described)
      })
  }

  return (
    <Modal labelledBy="reopen-title" onClose={onCancel} testId="reopen-dialog">
      <form
        className="form dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <h2 id="reopen-title">{t('reopen.title', { serial, number: dispatchNumber })}</h2>
        {receptacle.receptacleId && (
          <p className="dialog-lead">
            <span className="code">{groupCode(receptacle.receptacleId)}</span>
          </p>
        )}
        <p className="dialog-lead">{t('reopen.willDo')}</p>
        <ul className="will-do" id="reopen-what">
          <li>{t('reopen.open')}</li>
          <li>
            <strong>{t('reopen.label')}</strong>
          </li>
          <li>{t('reopen.then')}</li>
        </ul>
        {problem && <ProblemNote title="reopen.refused" problem={problem} />}
        <div className="form-field form-field-wide">
          <label htmlFor="reopen-reason">{t('reopen.reason')}</label>
          <input
            id="reopen-reason"
            className="text-input"
            value={reason}
            maxLength={REASON_MAX}
            required
            aria-required="true"
            aria-invalid={missing || undefined}
            aria-describedby={missing ? 'reopen-reason-hint reopen-reason-missing' : 'reopen-reason-hint'}
            onChange={(event) => {
              setReason(event.target.value)
              if (event.target.value.trim() !== '') setMissing(false)
            }}
            autoComplete="off"
            autoFocus
          />
          <p className="form-note" id="reopen-reason-hint">
            {t('reopen.reasonHint')}
          </p>
          {missing && (
            <p className="form-note form-note-error" id="reopen-reason-missing" data-testid="reopen-missing">
              {t('reopen.reasonMissing')}
            </p>
          )}
        </div>
        <p className="form-note">{t('reopen.audited')}</p>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onCancel}>
            {t('dialog.cancel')} <kbd className="shortcut-key">Esc</kbd>
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={working}
            aria-describedby="reopen-what"
          >
            {working ? t('reopen.working') : t('reopen.submit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
