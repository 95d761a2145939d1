// Closing the current receptacle: its weight from the scale and whether it is the last of its dispatch.
// The answer is the S9 identifier the label carries, shown large and grouped as printed so the worker
// can check the label against it before the bag leaves.
import { useState } from 'react'
import type { CommandOutput } from '../../api'
import type { Receptacle } from '../../api/bagging'
import { formatWeight } from '../codes/weight'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
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
  onClose: () => void
}

export function CloseReceptacleDialog(props: CloseReceptacleDialogProps) {
  const { receptacle, onClosing, onClosed, onClose } = props
  const t = useT()
  const language = useLanguage()
  const { act } = useSession()
  const [weightText, setWeightText] = useState('')
  const [last, setLast] = useState(props.last)
  const [tried, setTried] = useState(false)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)
  const [closed, setClosed] = useState<Closed | null>(null)

  const weightKg = parseKg(weightText)
  const dispatch = dispatchNumber(receptacle.dispatch) ?? receptacle.dispatch
  const limit = formatWeight(receptacle.weightLimitKg, language)

  function submit(): void {
    setTried(true)
    if (weightKg === null) return
    setWorking(true)
    setProblem(null)
    onClosing(receptacle.handle)
    act('receptacle.close', { receptacle: receptacle.handle, weightKg, last })
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
      <Modal labelledBy="close-dialog-title" onClose={onClose} testId="close-dialog">
        <ClosedReceptacle closed={closed} onDone={onClose} />
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
        <div className="form-row">
          <div className="form-field">
            <label htmlFor="close-weight">{t('closeDialog.weight')}</label>
            <input
              id="close-weight"
              className="text-input weight-input weight-input-big"
              inputMode="decimal"
              value={weightText}
              onChange={(event) => setWeightText(event.target.value)}
              aria-describedby="close-weight-note"
              aria-invalid={tried && weightKg === null}
              autoComplete="off"
              autoFocus
            />
          </div>
          <label className="choice last-choice">
            <input type="checkbox" checked={last} onChange={(event) => setLast(event.target.checked)} />
            <span>{t('closeDialog.last', { dispatch })}</span>
          </label>
        </div>
        <p
          id="close-weight-note"
          className={`form-note${tried && weightKg === null ? ' form-note-error' : ''}`}
        >
          {tried && weightKg === null && t('openDialog.badWeight')}
          {weightKg !== null && weightKg > receptacle.weightLimitKg && t('closeDialog.overLimit', { limit })}
        </p>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')} <kbd className="shortcut-key">Esc</kbd>
          </button>
          <button type="submit" className="button button-primary" disabled={working}>
            {working ? t('closeDialog.working') : t(last ? 'closeDialog.submitLast' : 'closeDialog.submit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
