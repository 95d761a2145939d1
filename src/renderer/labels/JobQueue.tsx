// The latest labels, newest first, each with what it is, where it goes and its state in words, colour
// and icon. A line is a button: choosing it shows the label on the right. A reprint links to the job it
// repeats, so a second label for the same bag is never a mystery.
import { useState } from 'react'
import type { Printer } from '../../api/printing'
import { describeEngineError } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useLanguage, useT } from '../settings/SettingsContext'
import { destinationOf, jobLook, jobSubject, jobWords, printerLabel } from './jobStatus'
import { StatusIcon } from './StatusIcon'
import type { JobList } from './usePrintJobs'
import { formatWhen } from './when'

interface JobQueueProps {
  jobs: JobList
  /** Null while the printers are not known. */
  printers: readonly Printer[] | null
  shown: number | null
  onShow: (job: number) => void
}

/** The newest labels shown at first: the printers below stay within a scroll. */
const FIRST_SHOWN = 8

export function JobQueue({ jobs, printers, shown, onShow }: JobQueueProps) {
  const t = useT()
  const language = useLanguage()
  const [all, setAll] = useState(false)
  const listed = jobs.state === 'ready' ? (all ? jobs.jobs : jobs.jobs.slice(0, FIRST_SHOWN)) : []
  return (
    <section className="labels-group" aria-labelledby="queue-title" data-testid="print-queue">
      <h2 id="queue-title">{t('labels.queue')}</h2>
      {jobs.state === 'loading' && <p>{t('labels.queueLoading')}</p>}
      {jobs.state === 'failed' && (
        <ProblemNote title="labels.queueFailed" problem={describeEngineError(jobs.error)} />
      )}
      {jobs.state === 'ready' && jobs.jobs.length === 0 && (
        <p className="labels-none">{t('labels.queueEmpty')}</p>
      )}
      {jobs.state === 'ready' && jobs.jobs.length > 0 && (
        <>
          <p className="form-note">{t('labels.queueHint')}</p>
          <ol className="job-list" data-testid="job-list">
            {listed.map((job) => {
              const destination = destinationOf(job, printers)
              const look = jobLook(job, destination)
              const isShown = job.id === shown
              return (
                <li
                  key={job.id}
                  className={`job-row tone-${look.tone}${isShown ? ' job-row-shown' : ''}`}
                  data-testid={`job-${job.id}`}
                  data-state={job.state}
                >
                  <button
                    type="button"
                    className="job-pick"
                    aria-pressed={isShown}
                    onClick={() => onShow(job.id)}
                  >
                    <StatusIcon icon={look.icon} size={28} />
                    <span className="job-pick-text">
                      <span className="code job-subject">{jobSubject(job)}</span>
                      <strong className="job-state-words">
                        {jobWords(job, destination, t, language).headline}
                      </strong>
                      <span className="job-detail-line">
                        {t(`printJob.kind.${job.kind}`)} · {printerLabel(job, printers ?? [], t)} ·{' '}
                        {t('printJob.number', { id: job.id })} · {formatWhen(job.createdAt, language)}
                      </span>
                    </span>
                  </button>
                  {(job.attempts > 1 || job.reprintOf !== null) && (
                    <p className="job-extra">
                      {job.attempts > 1 && (
                        <span>{t('printJob.attemptsCount', { count: job.attempts })}</span>
                      )}
                      {job.reprintOf !== null && (
                        <button type="button" className="link-button" onClick={() => onShow(job.reprintOf!)}>
                          {t('printJob.reprintOf', { id: job.reprintOf })}
                        </button>
                      )}
                    </p>
                  )}
                </li>
              )
            })}
          </ol>
          {listed.length < jobs.jobs.length && (
            <button type="button" className="button job-more" onClick={() => setAll(true)}>
              {t('labels.showAll', { count: jobs.jobs.length })}
            </button>
          )}
        </>
      )}
    </section>
  )
}
