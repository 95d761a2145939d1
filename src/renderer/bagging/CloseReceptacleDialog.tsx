// Closing the current receptacle: its weight from the scale and whether it is the last of its dispatch.
// With a scale at the station, the weight is the scale's live STABLE reading; typing it instead is for
// supervisors, and the engine records which it was. Without a scale, anyone types it. The answer is the S9 identifier the label carries, shown large and grouped as printed so the worker
// can check the label against it before the bag leaves.
import { useState } from 'react'
import type { CommandOutput } from '../../api'
import type { Receptacle } from '../../api/bagging'
import type { PrintJob } from '../../api/printing'
import { formatWeight } from '../codes/weight'
import { ScaleWeight } from '../devices/ScaleWeight'
import { hasScale, mayTypeWeight, scaleState } from '../devices/status'
import { useDevices } from '../devices/useDevices'
import { useScaleReading } from '../devices/useScaleReading'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import type { ReceptacleLabel } from '../labels/useReceptacleLabel'
import { useSession } from '../session/SessionContext'
import { useLanguage, useT } from '../settings/SettingsContext'
import { Modal } from '../shell/Modal'
import { ClosedReceptacle } from './ClosedReceptacle'
import { dispatchNumber } from './dispatch'
import { parseKg } from './forms'
import { ReceptacleFacts } from './ReceptacleFacts'

export type Closed = CommandOutput<'receptacle.close'>

interface CloseReceptacleDialogProps {
  receptacle: Receptacle
  last: boolean
  /** Told before the request goes, so the engine's event for it is known as ours. */
  onClosing: (handle: number) => void
  onClosed: (closed: Closed) => void
  /** The label of the last receptacle closed here, shown once this one is closed. */
  label: ReceptacleLabel
  onReprinted: (job: PrintJob) => void
  onClose: () => void
}

export function CloseReceptacleDialog(props: CloseReceptacleDialogProps) {
  const { receptacle, onClosing, onClosed, onClose } = props
  const t = useT()
  const language = useLanguage()
  const { act, signedIn } = useSession()
  const [weightText, setWeightText] = useState('')
  // null: follow the station (the scale when there is one); true/false: the person chose.
  const [typingChosen, setTypingChosen] = useState<boolean | null>(null)
  const [last, setLast] = useState(props.last)
  const [tried, setTried] = useState(false)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)
  const [closed, setClosed] = useState<Closed | null>(null)

  const devices = useDevices('open').list
  const scaleKnown = devices.state === 'ready' ? devices.devices : devices.state === 'failed' ? [] : null
  const read = useScaleReading(devices.state === 'ready' && devices.devices.some((d) => d.kind === 'scale'))
  const scale = scaleState(scaleKnown, read)
  const withScale = hasScale(scale)
  const role = signedIn?.operator.role ?? null
  const mayType = mayTypeWeight(role, scale)
  const typing = (typingChosen ?? !withScale) && mayType
  // The scale's weight to 0.1 kg, as S9 states it and the scale shows it.
  const scaleKg = scale.kind === 'stable' && scale.kg > 0 ? Math.round(scale.kg * 10) / 10 : null
  const typedKg = parseKg(weightText)
  const weightKg = typing ? typedKg : scaleKg
  const dispatch = dispatchNumber(receptacle.dispatch) ?? receptacle.dispatch
  const limit = formatWeight(receptacle.weightLimitKg, language)

  function submit(): void {
    setTried(true)
    if (weightKg === null) return
    setWorking(true)
    setProblem(null)
    onClosing(receptacle.handle)
    act('receptacle.close', {
      receptacle: receptacle.handle,
      weightKg,
      weightSource: typing ? 'manual' : 'scale',
      last,
    })
      .then((answer) => {
        setClosed(answer)
        onClosed(answer)
      })
      .catch((error: unknown) => {
        setProblem(describeEngineError(error))
        setWorking(false)
      })
  }

  if (closed) {
    return (
      <Modal labelledBy="close-dialog-title" onClose={onClose} testId="close-dialog" className="modal-wide">
        <ClosedReceptacle
          closed={closed}
          label={props.label}
          onReprinted={props.onReprinted}
          onDone={onClose}
        />
      </Modal>
    )
  }
  return (
    <Modal labelledBy="close-dialog-title" onClose={onClose} testId="close-dialog">
      <form
        className="form dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <h2 id="close-dialog-title">{t('closeDialog.title')}</h2>
        <div className="close-facts">
          <ReceptacleFacts receptacle={receptacle} />
        </div>
        {problem && <ProblemNote title="closeDialog.failed" problem={problem} />}
        {withScale && !typing && <ScaleWeight scale={scale} />}
        <div className="form-row">
          {typing && (
            <div className="form-field">
              <label htmlFor="close-weight">
                {t(withScale ? 'closeDialog.typedWeight' : 'closeDialog.weight')}
              </label>
              <input
                id="close-weight"
                className="text-input weight-input weight-input-big"
                inputMode="decimal"
                value={weightText}
                onChange={(event) => setWeightText(event.target.value)}
                aria-describedby="close-weight-note"
                aria-invalid={tried && typedKg === null}
                autoComplete="off"
                autoFocus
              />
            </div>
          )}
          <label className="choice last-choice">
            <input type="checkbox" checked={last} onChange={(event) => setLast(event.target.checked)} />
            <span>{t('closeDialog.last', { dispatch })}</span>
          </label>
        </div>
        {withScale && (
          <div className="weight-source">
            {typing ? (
              <>
                <button type="button" className="button" onClick={() => setTypingChosen(false)}>
                  {t('closeDialog.useScale')}
                </button>
                <p className="form-note">{t('closeDialog.typedAudited')}</p>
              </>
            ) : (
              <>
                <button
                  type="button"
                  className="button"
                  disabled={!mayType}
                  aria-describedby={mayType ? undefined : 'type-weight-why'}
                  onClick={() => setTypingChosen(true)}
                >
                  {t('closeDialog.typeWeight')}
                </button>
                {!mayType && (
                  <p id="type-weight-why" className="form-note" data-testid="type-weight-why">
                    {t('closeDialog.typeNotAllowed')}
                  </p>
                )}
              </>
            )}
          </div>
        )}
        <p
          id="close-weight-note"
          className={`form-note${(typing && tried && typedKg === null) || (!typing && weightKg === null) ? ' form-note-error' : ''}`}
          data-testid="close-weight-note"
        >
          {typing && tried && typedKg === null && t('openDialog.badWeight')}
          {!typing &&
            weightKg === null &&
            t(scale.kind === 'moving' ? 'closeDialog.waitStable' : 'closeDialog.needScale')}
          {weightKg !== null && weightKg > receptacle.weightLimitKg && t('closeDialog.overLimit', { limit })}
        </p>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')} <kbd className="shortcut-key">Esc</kbd>
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={working || (!typing && weightKg === null)}
            aria-describedby="close-weight-note"
          >
            {working
              ? t('closeDialog.working')
              : !typing && weightKg !== null
                ? t(last ? 'closeDialog.takeScaleLast' : 'closeDialog.takeScale', {
                    weight: formatWeight(weightKg, language),
                  })
                : t(last ? 'closeDialog.submitLast' : 'closeDialog.submit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
