// Printing a label again is an audited decision, never a silent repeat: the dialog says that the first
// label may already be on a bag, asks why (optional), and sends `print.reprint` in the operator's name.
import { useState } from 'react'
import type { Printer, PrintJob } from '../../api/printing'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import { Modal } from '../shell/Modal'
import { jobSubject } from './jobStatus'

/** As the contract allows. */
const REASON_MAX = 200

interface ReprintDialogProps {
  job: PrintJob
  /** The printers to choose from; with fewer than two there is nothing to choose. */
  printers: readonly Printer[]
  onDone: (reprint: PrintJob) => void
  onClose: () => void
}

export function ReprintDialog({ job, printers, onDone, onClose }: ReprintDialogProps) {
  const t = useT()
  const { act } = useSession()
  const [reason, setReason] = useState('')
  const [printer, setPrinter] = useState('')
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)

  function submit(): void {
    setWorking(true)
    setProblem(null)
    const why = reason.trim()
    act('print.reprint', {
      job: job.id,
      ...(why ? { reason: why } : {}),
      ...(printer ? { printer } : {}),
    })
      .then((answer) => onDone(answer.job))
      .catch((error: unknown) => {
        setProblem(describeEngineError(error))
        setWorking(false)
      })
  }

  return (
    <Modal labelledBy="reprint-title" onClose={onClose} testId="reprint-dialog" className="reprint-dialog">
      <form
        className="form dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
        onKeyDown={(event) => {
          // Esc closes this question only. Opened over the close dialog by a function key, the browser
          // may count both dialogs as one and close both; handled here, the key reaches neither.
          if (event.key !== 'Escape') return
          event.preventDefault()
          event.stopPropagation()
          onClose()
        }}
      >
        <h2 id="reprint-title">{t('reprint.title')}</h2>
        <p className="reprint-subject">
          <span className="reprint-kind">{t(`printJob.kind.${job.kind}`)}</span>{' '}
          <span className="code">{jobSubject(job)}</span>
        </p>
        <p className="reprint-warning" id="reprint-warning">
          {t('reprint.warning')}
        </p>
        {problem && <ProblemNote title="reprint.failed" problem={problem} />}
        <div className="form-field form-field-wide">
          <label htmlFor="reprint-reason">{t('reprint.reason')}</label>
          <input
            id="reprint-reason"
            className="text-input"
            value={reason}
            maxLength={REASON_MAX}
            onChange={(event) => setReason(event.target.value)}
            aria-describedby="reprint-reason-hint"
            autoComplete="off"
            autoFocus
          />
          <p className="form-note" id="reprint-reason-hint">
            {t('reprint.reasonHint')}
          </p>
        </div>
        {printers.length > 1 && (
          <div className="form-field">
            <label htmlFor="reprint-printer">{t('reprint.printer')}</label>
            <select
              id="reprint-printer"
              className="text-input"
              value={printer}
              onChange={(event) => setPrinter(event.target.value)}
            >
              <option value="">{t('reprint.samePrinter')}</option>
              {printers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.id})
                </option>
              ))}
            </select>
          </div>
        )}
        <p className="form-note">{t('reprint.audited')}</p>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')} <kbd className="shortcut-key">Esc</kbd>
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={working}
            aria-describedby="reprint-warning"
          >
            {working ? t('reprint.working') : t('reprint.submit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
