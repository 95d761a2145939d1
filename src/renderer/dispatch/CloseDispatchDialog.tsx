// Closing a dispatch is final, so the dialog says first what it will do: record the totals as they are,
// write the PREDES pre-advice to the destination's outbox, and make the CN 31 letter bill and the
// delivery bill. A refusal (a receptacle still open, someone else closed it first, a role that may not)
// is the engine's own sentence, in red, with the error tone; the dialog stays so the person can read it.
import { useState } from 'react'
import type { DispatchCloseResult, DispatchSummary } from '../../api/exchange'
import { formatWeight } from '../codes/weight'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useSession } from '../session/SessionContext'
import { useLanguage, useT } from '../settings/SettingsContext'
import { Modal } from '../shell/Modal'
import { deliveryBillForm } from './dispatchList'
import { OfficeName } from './OfficeName'
import { useFocusOnOpen } from './useFocusOnOpen'

interface CloseDispatchDialogProps {
  dispatch: DispatchSummary
  onClosed: (result: DispatchCloseResult) => void
  onRefused: (problem: EngineProblem) => void
  onCancel: () => void
}

export function CloseDispatchDialog({ dispatch, onClosed, onRefused, onCancel }: CloseDispatchDialogProps) {
  const t = useT()
  const language = useLanguage()
  const { act } = useSession()
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)
  const submitButton = useFocusOnOpen<HTMLButtonElement>()
  const bill = deliveryBillForm(dispatch.category) ?? t('dispatchClose.deliveryBill')

  function submit(): void {
    setWorking(true)
    setProblem(null)
    act('dispatch.close', { dispatch: dispatch.id })
      .then(onClosed)
      .catch((error: unknown) => {
        const described = describeEngineError(error)
        setProblem(described)
        setWorking(false)
        onRefused(described)
      })
  }

  return (
    <Modal labelledBy="dispatch-close-title" onClose={onCancel} testId="dispatch-close-dialog">
      <form
        className="form dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <h2 id="dispatch-close-title">
          {t('dispatchClose.title', { number: dispatch.number })}{' '}
          <OfficeName code={dispatch.destination} inline />
        </h2>
        <p className="dialog-lead">{t('dispatchClose.willDo')}</p>
        <ul className="will-do" id="dispatch-close-what">
          <li>
            {t('dispatchClose.totals', {
              receptacles: dispatch.receptacles,
              registered: dispatch.registeredReceptacles,
              items: dispatch.items,
              weight: formatWeight(dispatch.weightKg, language),
            })}
          </li>
          <li>{t('dispatchClose.predes', { destination: dispatch.destination })}</li>
          <li>{t('dispatchClose.papers', { bill })}</li>
          <li>{t('dispatchClose.final')}</li>
        </ul>
        {dispatch.openReceptacles > 0 && (
          <p className="form-note form-note-warning">
            {t('dispatch.stillOpen', { count: dispatch.openReceptacles })}
          </p>
        )}
        {problem && <ProblemNote title="dispatchClose.refused" problem={problem} />}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onCancel}>
            {t('dialog.cancel')} <kbd className="shortcut-key">Esc</kbd>
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={working}
            aria-describedby="dispatch-close-what"
            ref={submitButton}
          >
            {working ? t('dispatchClose.working') : t('dispatchClose.submit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
