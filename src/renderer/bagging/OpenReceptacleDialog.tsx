// Opening a receptacle for a destination, mail category and subclass. The engine places it in the open
// dispatch of that series (or starts the next one); the worker only says where the mail goes.
import { useState } from 'react'
import type { Receptacle } from '../../api/bagging'
import { ImpcNote } from '../codes/ImpcNote'
import { isImpc, normalizeImpc } from '../codes/impc'
import { categoryMeaning, subclassMeaning } from '../codes/names'
import { formatWeight } from '../codes/weight'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useSession } from '../session/SessionContext'
import type { Office } from '../session/useOffice'
import { useLanguage, useT } from '../settings/SettingsContext'
import { Modal } from '../shell/Modal'
import { CATEGORIES, parseKg, subclassChoices } from './forms'

interface OpenReceptacleDialogProps {
  office: Office
  onOpened: (receptacle: Receptacle) => void
  onClose: () => void
}

export function OpenReceptacleDialog({ office, onOpened, onClose }: OpenReceptacleDialogProps) {
  const t = useT()
  const language = useLanguage()
  const { act } = useSession()
  const [destination, setDestination] = useState('')
  const [category, setCategory] = useState<string>('A')
  const [subclass, setSubclass] = useState('UN')
  const [limitText, setLimitText] = useState('')
  const [tried, setTried] = useState(false)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)

  const limit = limitText.trim() === '' ? undefined : parseKg(limitText)
  const sameOffice = destination === office.impc
  const destinationOk = isImpc(destination) && !sameOffice

  function submit(): void {
    setTried(true)
    if (!destinationOk || limit === null) return
    setWorking(true)
    setProblem(null)
    act('receptacle.open', { destination, category, subclass, weightLimitKg: limit })
      .then((answer) => onOpened(answer.receptacle))
      .catch((error: unknown) => {
        setProblem(describeEngineError(error))
        setWorking(false)
      })
  }

  return (
    <Modal labelledBy="open-dialog-title" onClose={onClose} testId="open-dialog">
      <form
        className="form dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <h2 id="open-dialog-title">{t('openDialog.title')}</h2>
        {problem && <ProblemNote title="openDialog.failed" problem={problem} />}
        <div className="form-field">
          <label htmlFor="open-destination">{t('openDialog.destination')}</label>
          <input
            id="open-destination"
            className="text-input code"
            value={destination}
            onChange={(event) => setDestination(normalizeImpc(event.target.value))}
            maxLength={8}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="open-destination-note"
            aria-invalid={tried && !destinationOk}
            autoFocus
          />
          {sameOffice ? (
            <p id="open-destination-note" className="form-note form-note-error">
              {t('openDialog.sameOffice')}
            </p>
          ) : (
            (tried || destination.length >= 6) && <ImpcNote code={destination} id="open-destination-note" />
          )}
        </div>
        <fieldset className="form-field category-choice">
          <legend>{t('field.category')}</legend>
          <div className="choice-row">
            {CATEGORIES.map((code) => (
              <label key={code} className="choice category-option">
                <input
                  type="radio"
                  name="category"
                  value={code}
                  checked={category === code}
                  onChange={() => setCategory(code)}
                />
                <span className="code category-code">{code}</span>
                <span className="category-meaning">{categoryMeaning(code, language)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-row form-row-top">
          <div className="form-field form-field-wide">
            <label htmlFor="open-subclass">{t('field.subclass')}</label>
            <select
              id="open-subclass"
              className="text-input"
              value={subclass}
              onChange={(event) => setSubclass(event.target.value)}
            >
              {subclassChoices().map((code) => (
                <option key={code} value={code}>
                  {code} — {subclassMeaning(code, language)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor="open-limit">{t('openDialog.weightLimit')}</label>
            <input
              id="open-limit"
              className="text-input weight-input"
              inputMode="decimal"
              value={limitText}
              onChange={(event) => setLimitText(event.target.value)}
              aria-describedby="open-limit-note"
              aria-invalid={tried && limit === null}
            />
            <p
              id="open-limit-note"
              className={`form-note${tried && limit === null ? ' form-note-error' : ''}`}
            >
              {tried && limit === null
                ? t('openDialog.badWeight')
                : t('openDialog.weightLimitHint', { limit: formatWeight(office.weightLimitKg, language) })}
            </p>
          </div>
        </div>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')} <kbd className="shortcut-key">Esc</kbd>
          </button>
          <button type="submit" className="button button-primary" disabled={working}>
            {working ? t('openDialog.working') : t('openDialog.submit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
