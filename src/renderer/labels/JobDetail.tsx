// The label chosen in the queue: its state, what may be done with it, and its preview large enough to
// read against the bag. Every action is taken in the signed-in operator's name and audited by the engine;
// reprinting asks first, because the first label may already be on a bag.
import { useEffect, useRef, useState } from 'react'
import type { Printer, PrintJob } from '../../api/printing'
import type { ConnectionStatus } from '../contract/client'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import type { MessageKey } from '../i18n/en'
import { useSession } from '../session/SessionContext'
import { useLanguage, useT } from '../settings/SettingsContext'
import { destinationOf, jobActions, jobSubject, printerLabel } from './jobStatus'
import { JobState } from './JobState'
import { LabelPreview } from './LabelPreview'
import { ReprintDialog } from './ReprintDialog'
import { formatWhen } from './when'

interface JobDetailProps {
  connection: ConnectionStatus
  job: PrintJob
  /** Null while the printers are not known. */
  printers: readonly Printer[] | null
  /** A job as an action's answer describes it: this one confirmed or stopped, or a new reprint. */
  onJob: (job: PrintJob, done: MessageKey) => void
  onShow: (job: number) => void
  /** Puts the focus on the title when it opens: a reprint just made from here, now shown. */
  takeFocus?: boolean
}

export function JobDetail({ connection, job, printers, onJob, onShow, takeFocus = false }: JobDetailProps) {
  const t = useT()
  const language = useLanguage()
  const { act, signedIn } = useSession()
  const [reprinting, setReprinting] = useState(false)
  const [stopping, setStopping] = useState(false)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const title = useRef<HTMLHeadingElement>(null)
  const reprintButton = useRef<HTMLButtonElement>(null)
  // Set when the reprint question is dismissed: the focus goes back to the button once it has left.
  const [backToReprint, setBackToReprint] = useState(false)
  const allowed = jobActions(job)

  useEffect(() => {
    if (takeFocus) title.current?.focus()
  }, [takeFocus])
  useEffect(() => {
    if (backToReprint && !reprinting) reprintButton.current?.focus()
  }, [backToReprint, reprinting])
  const destination = destinationOf(job, printers)

  function decide(command: 'print.confirm' | 'print.cancel'): void {
    setWorking(true)
    setProblem(null)
    setDone(null)
    act(command, { job: job.id })
      .then((answer) => {
        const key = command === 'print.confirm' ? 'printJob.confirmed' : 'printJob.stopped'
        setDone(t(key))
        onJob(answer.job, key)
      })
      .catch((error: unknown) => setProblem(describeEngineError(error)))
      .finally(() => {
        setWorking(false)
        setStopping(false)
      })
  }

  return (
    <section
      className="job-detail"
      aria-labelledby="job-detail-title"
      data-testid="job-detail"
      data-job={job.id}
    >
      <h2 id="job-detail-title" ref={title} tabIndex={-1}>
        {t(`printJob.kind.${job.kind}`)}{' '}
        <span className="job-number">{t('printJob.number', { id: job.id })}</span>
      </h2>
      <p className="code job-detail-subject" data-testid="job-subject">
        {jobSubject(job)}
      </p>
      {job.reprintOf !== null && (
        <p className="job-reprint-of">
          <button type="button" className="link-button" onClick={() => onShow(job.reprintOf!)}>
            {t('printJob.reprintOf', { id: job.reprintOf })}
          </button>
        </p>
      )}
      <JobState job={job} destination={destination} size="large" testId="job-state" />
      {signedIn ? (
        <div className="button-row job-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!allowed.reprint || working}
            ref={reprintButton}
            onClick={() => {
              setBackToReprint(false)
              setReprinting(true)
            }}
          >
            {t('printJob.reprint')}
          </button>
          {allowed.confirm && (
            <button
              type="button"
              className="button"
              disabled={working}
              onClick={() => decide('print.confirm')}
            >
              {t('printJob.confirm')}
            </button>
          )}
          {allowed.cancel && !stopping && (
            <button type="button" className="button" disabled={working} onClick={() => setStopping(true)}>
              {t('printJob.cancel')}
            </button>
          )}
        </div>
      ) : (
        <p className="form-note" data-testid="job-sign-in">
          {t('printJob.signIn')}
        </p>
      )}
      {signedIn && job.state === 'queued' && <p className="form-note">{t('printJob.notYet')}</p>}
      {stopping && (
        <div className="job-confirm" role="group" aria-labelledby="job-stop-question">
          <p id="job-stop-question" className="printer-confirm-question">
            {t('printJob.cancelConfirm')}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              disabled={working}
              onClick={() => decide('print.cancel')}
            >
              {t('printJob.cancelYes')}
            </button>
            <button type="button" className="button" onClick={() => setStopping(false)} autoFocus>
              {t('printJob.cancelNo')}
            </button>
          </div>
        </div>
      )}
      {problem && <ProblemNote title="printJob.actionFailed" problem={problem} />}
      {done && (
        <p className="form-note saved-note" role="status">
          {done}
        </p>
      )}
      <LabelPreview connection={connection} job={job} size="large" />
      <dl className="job-facts">
        <div>
          <dt>{t('printJob.printer')}</dt>
          <dd>{printerLabel(job, printers ?? [], t)}</dd>
        </div>
        <div>
          <dt>{t('printJob.attempts')}</dt>
          <dd>{job.attempts}</dd>
        </div>
        <div>
          <dt>{t('printJob.queued')}</dt>
          <dd>
            {t('printJob.queuedBy', { time: formatWhen(job.createdAt, language), operator: job.createdBy })}
          </dd>
        </div>
      </dl>
      {reprinting && (
        <ReprintDialog
          job={job}
          printers={printers ?? []}
          onClose={() => {
            setReprinting(false)
            setBackToReprint(true)
          }}
          onDone={(reprint) => {
            setReprinting(false)
            onJob(reprint, 'printJob.reprinted')
          }}
        />
      )}
    </section>
  )
}
