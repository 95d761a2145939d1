// A print job's state: the line in words, colour and icon, what to do when a person must act, and the
// engine's own sentence (why it waits, who stopped it) for support.
import type { PrintJob } from '../../api/printing'
import { useLanguage, useT } from '../settings/SettingsContext'
import { jobLook, jobWords, type Destination } from './jobStatus'
import { StateLine } from './StateLine'

interface JobStateProps {
  job: PrintJob
  destination: Destination
  size?: 'small' | 'large'
  live?: boolean
  testId?: string
  /** The state line only, where there is no room for advice (the Bagging screen's side). */
  brief?: boolean
}

export function JobState({
  job,
  destination,
  size = 'small',
  live = false,
  testId,
  brief = false,
}: JobStateProps) {
  const t = useT()
  const language = useLanguage()
  const words = jobWords(job, destination, t, language)
  return (
    <div className="job-state">
      <StateLine look={jobLook(job, destination)} size={size} testId={testId} state={job.state} live={live}>
        {words.headline}
      </StateLine>
      {!brief && words.advice && <p className="job-advice">{words.advice}</p>}
      {!brief && words.engineReason && (
        <p className="job-reason">
          <span className="engine-says">{t('bagging.engineSays')}</span>{' '}
          <span lang="en">{words.engineReason}</span>
        </p>
      )}
    </div>
  )
}
