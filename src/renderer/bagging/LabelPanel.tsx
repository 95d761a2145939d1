// The label of a closed receptacle beside it: the preview as soon as its job is queued (before it
// prints, and after), its state live in words, colour and icon, and the two decisions a person may take
// here: print it again (F10, asked first) and, when the printer stopped answering, "it printed".
import { useState } from 'react'
import type { PrintJob } from '../../api/printing'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { jobActions } from '../labels/jobStatus'
import { JobState } from '../labels/JobState'
import { LabelPreview } from '../labels/LabelPreview'
import type { ReceptacleLabel } from '../labels/useReceptacleLabel'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import { ShortcutKey } from '../shell/ShortcutKey'
import { REPRINT_SHORTCUT } from './shortcuts'

interface LabelPanelProps {
  label: ReceptacleLabel
  /**
   * Large in the close dialog, which shows the preview itself beside the receptacle; compact beside the
   * scan field, with a thumbnail of the label.
   */
  size: 'large' | 'compact'
  title: string
  /** The S9 the label carries, grouped, when the panel stands apart from the receptacle it belongs to. */
  subject?: string
  onReprint: (job: PrintJob) => void
}

export function LabelPanel({ label, size, title, subject, onReprint }: LabelPanelProps) {
  const t = useT()
  const { act } = useSession()
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)
  const job = label.current
  const allowed = job ? jobActions(job) : null
  const titleId = `label-panel-${size}-title`

  function confirm(printed: PrintJob): void {
    setWorking(true)
    setProblem(null)
    act('print.confirm', { job: printed.id })
      .then((answer) => label.apply(answer.job))
      .catch((error: unknown) => setProblem(describeEngineError(error)))
      .finally(() => setWorking(false))
  }

  return (
    <section
      className={`label-panel label-panel-${size}`}
      aria-labelledby={titleId}
      data-testid={size === 'large' ? 'label-panel' : 'last-label'}
    >
      <h3 id={titleId} className="card-caption">
        {title}
      </h3>
      {subject && <p className="code label-panel-subject">{subject}</p>}
      {label.jobs.state === 'failed' && (
        <ProblemNote title="bagging.labelsFailed" problem={describeEngineError(label.jobs.error)} />
      )}
      {label.jobs.state !== 'failed' && job === null && (
        <p className="label-panel-waiting">{t('bagging.labelQueuing')}</p>
      )}
      {job && allowed && (
        <>
          <JobState
            job={job}
            destination={label.destination}
            size={size === 'large' ? 'large' : 'small'}
            live
            brief={size === 'compact'}
            testId="label-state"
          />
          <p className="label-panel-job" data-testid="label-job">
            {t('printJob.number', { id: job.id })}
            {job.reprintOf !== null && <> · {t('printJob.reprintOf', { id: job.reprintOf })}</>}
          </p>
          {problem && <ProblemNote title="printJob.actionFailed" problem={problem} />}
          <div className="label-panel-body">
            {size === 'compact' && <LabelPreview connection={label.connection} job={job} size="thumbnail" />}
            <div className="label-panel-buttons">
              <button
                type="button"
                className="button action-button"
                disabled={!allowed.reprint}
                onClick={() => onReprint(job)}
                aria-keyshortcuts={REPRINT_SHORTCUT}
              >
                <span>{t('bagging.reprint')}</span>
                <ShortcutKey keys={REPRINT_SHORTCUT} />
              </button>
              {allowed.confirm && (
                <button
                  type="button"
                  className="button button-primary action-button"
                  disabled={working}
                  onClick={() => confirm(job)}
                >
                  {t('printJob.confirm')}
                </button>
              )}
              {job.state === 'queued' && <p className="form-note">{t('bagging.labelNotYet')}</p>}
            </div>
          </div>
        </>
      )}
    </section>
  )
}
