// First start of a station: which office of exchange it is. Said plainly because it cannot be taken
// back: the code is written into every S8 and S9 identifier the station makes.
import { useState } from 'react'
import { ImpcNote } from '../codes/ImpcNote'
import { isImpc, normalizeImpc } from '../codes/impc'
import { getStationClient } from '../contract/client'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useT } from '../settings/SettingsContext'
import type { Office } from './useOffice'

export function SetupPanel({ onSetUp }: { onSetUp: (office: Office) => void }) {
  const t = useT()
  const [impc, setImpc] = useState('')
  const [name, setName] = useState('')
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)
  const [tried, setTried] = useState(false)

  function submit(): void {
    setTried(true)
    if (!isImpc(impc)) return
    setWorking(true)
    getStationClient()
      .invoke('station.setup', { impc, name: name.trim() === '' ? null : name.trim() })
      .then((answer) => onSetUp(answer.office))
      .catch((error: unknown) => {
        setProblem(describeEngineError(error))
        setWorking(false)
      })
  }

  return (
    <section className="panel setup" aria-labelledby="setup-title" data-testid="setup">
      <h2 id="setup-title">{t('setup.title')}</h2>
      <p className="panel-intro">{t('setup.intro')}</p>
      {problem && <ProblemNote problem={problem} />}
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <div className="form-field">
          <label htmlFor="setup-impc">{t('setup.impc')}</label>
          <input
            id="setup-impc"
            className="text-input code"
            value={impc}
            onChange={(event) => setImpc(normalizeImpc(event.target.value))}
            maxLength={8}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="setup-impc-note"
            aria-invalid={tried && !isImpc(impc)}
            autoFocus
          />
          {(tried || impc.length >= 6) && <ImpcNote code={impc} id="setup-impc-note" />}
        </div>
        <div className="form-field">
          <label htmlFor="setup-name">{t('setup.name')}</label>
          <input
            id="setup-name"
            className="text-input name-input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={200}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={working}>
          {working ? t('setup.working') : t('setup.submit')}
        </button>
      </form>
      <p className="form-note">
        {t('setup.operators')} <code className="command">station operator add</code>
      </p>
    </section>
  )
}
