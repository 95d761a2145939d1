// The label as the printer draws it, large enough to check against the bag: before it prints (as soon
// as it is queued) and after. The alternative text names the label, so a screen reader says which.
import type { PrintJob } from '../../api/printing'
import type { ConnectionStatus } from '../contract/client'
import { describeEngineError } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useT } from '../settings/SettingsContext'
import { jobSubject } from './jobStatus'
import { usePreview } from './usePreview'

/** Pixels per millimetre of the intrinsic size: only the shape counts, CSS sets the size on screen. */
const PX_PER_MM = 4

interface LabelPreviewProps {
  connection: ConnectionStatus
  job: PrintJob
  size: 'thumbnail' | 'large'
}

export function LabelPreview({ connection, job, size }: LabelPreviewProps) {
  const t = useT()
  const { preview, retry } = usePreview(connection, job.id)
  const alt = t('printJob.previewAlt', { label: t(`printJob.kind.${job.kind}`), subject: jobSubject(job) })
  return (
    <figure className={`label-preview label-preview-${size}`} data-testid="label-preview" data-job={job.id}>
      {preview.state === 'ready' && (
        <img
          className="label-preview-image"
          src={`data:image/png;base64,${preview.preview.png}`}
          alt={alt}
          width={Math.round(preview.preview.widthMm * PX_PER_MM)}
          height={Math.round(preview.preview.heightMm * PX_PER_MM)}
        />
      )}
      {(preview.state === 'loading' || preview.state === 'none') && (
        <p className="label-preview-waiting">{t('printJob.previewLoading')}</p>
      )}
      {preview.state === 'failed' && (
        <div className="label-preview-failed">
          <ProblemNote title="printJob.previewFailed" problem={describeEngineError(preview.error)} />
          <button type="button" className="button" onClick={retry}>
            {t('printJob.previewRetry')}
          </button>
        </div>
      )}
    </figure>
  )
}
