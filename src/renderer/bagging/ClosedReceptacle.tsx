// What closing produced: the S9 identifier in big grouped type (as the label prints it), what went into
// the receptacle, whether its dispatch is now closed too, and beside it the label itself: its preview and
// its state live, with F10 to print it again.
import { useEffect, useRef, useState } from 'react'
import type { CommandOutput } from '../../api'
import type { PrintJob } from '../../api/printing'
import { groupCode } from '../codes/groupCode'
import { formatWeight } from '../codes/weight'
import { VerdictIcon } from '../feedback/VerdictIcon'
import { jobActions } from '../labels/jobStatus'
import { LabelPreview } from '../labels/LabelPreview'
import { ReprintDialog } from '../labels/ReprintDialog'
import type { ReceptacleLabel } from '../labels/useReceptacleLabel'
import { useLanguage, useT } from '../settings/SettingsContext'
import { useGlobalKeys } from '../shell/useGlobalKeys'
import { dispatchNumber } from './dispatch'
import { LabelPanel } from './LabelPanel'
import { isReprintKey } from './shortcuts'

interface ClosedReceptacleProps {
  closed: CommandOutput<'receptacle.close'>
  /** The label followed for the last receptacle closed here: this one, once the close is applied. */
  label: ReceptacleLabel
  onReprinted: (job: PrintJob) => void
  onDone: () => void
}

export function ClosedReceptacle({ closed, label, onReprinted, onDone }: ClosedReceptacleProps) {
  const t = useT()
  const language = useLanguage()
  const [reprinting, setReprinting] = useState<PrintJob | null>(null)
  const { receptacle, dispatch } = closed
  const s9 = receptacle.receptacleId ?? ''
  const ours = label.handle === receptacle.handle
  const job = ours ? label.current : null
  const done = useRef<HTMLButtonElement>(null)

  // Back to Done once the reprint question has left the page (while it is there, this dialog is inert),
  // so Enter still ends the dialog.
  useEffect(() => {
    if (reprinting === null) done.current?.focus()
  }, [reprinting])

  // The workspace's keys wait while this dialog is open; F10 is this dialog's own.
  useGlobalKeys((event) => {
    if (!isReprintKey(event) || reprinting) return
    event.preventDefault()
    if (job && jobActions(job).reprint) setReprinting(job)
  })

  return (
    <div className="closed" data-testid="closed-receptacle">
      <header className="closed-head result-valid" role="status">
        <VerdictIcon verdict="valid" size={48} />
        <h2 id="close-dialog-title">{t('closeDialog.closed')}</h2>
      </header>
      <div className="closed-body">
        <div className="closed-info">
          <p className="closed-caption">{t('closeDialog.s9')}</p>
          <p className="code closed-s9" data-testid="s9">
            {groupCode(s9)}
          </p>
          <dl className="facts closed-facts">
            <div className="fact">
              <dt>{t('bagging.items')}</dt>
              <dd>{receptacle.items}</dd>
            </div>
            <div className="fact">
              <dt>{t('field.weight')}</dt>
              <dd>{receptacle.weightKg === null ? '—' : formatWeight(receptacle.weightKg, language)}</dd>
            </div>
            <div className="fact">
              <dt>{t('field.registered')}</dt>
              <dd>{t(receptacle.registered ? 'value.yes' : 'value.no')}</dd>
            </div>
            <div className="fact">
              <dt>{t('field.highest')}</dt>
              <dd>{t(receptacle.highest ? 'value.yes' : 'value.no')}</dd>
            </div>
          </dl>
          {dispatch.state === 'closed' && (
            <p className="closed-dispatch">
              {t('closeDialog.dispatchClosed', { dispatch: dispatchNumber(dispatch.id) ?? dispatch.id })}
            </p>
          )}
          {ours && (
            <LabelPanel
              label={label}
              size="large"
              title={t('bagging.labelTitle')}
              onReprint={setReprinting}
            />
          )}
          <div className="dialog-buttons">
            <button type="button" className="button button-primary" onClick={onDone} ref={done}>
              {t('closeDialog.done')}
            </button>
          </div>
        </div>
        {job ? (
          <LabelPreview connection={label.connection} job={job} size="large" />
        ) : (
          <p className="label-preview-waiting closed-preview-waiting">{t('printJob.previewLoading')}</p>
        )}
      </div>
      {reprinting && (
        <ReprintDialog
          job={reprinting}
          printers={label.printers}
          onClose={() => setReprinting(null)}
          onDone={(reprint) => {
            setReprinting(null)
            label.apply(reprint)
            onReprinted(reprint)
          }}
        />
      )}
    </div>
  )
}
