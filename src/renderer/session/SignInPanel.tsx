// Operator id and PIN, large, keyboard first: Tab between the two fields, Enter signs in. After a
// refusal the PIN is emptied and takes the focus, ready for the second try.
import { useRef, useState } from 'react'
import { ContractError } from '../../api'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import type { MessageKey } from '../i18n/en'
import { ProblemNote } from '../feedback/ProblemNote'
import { useT } from '../settings/SettingsContext'
import { useSession } from './SessionContext'

function signInProblem(error: unknown): EngineProblem {
  const problem = describeEngineError(error)
  return error instanceof ContractError && error.code === 'unauthorized'
    ? { ...problem, reason: 'session.refused' }
    : problem
}

/** `title` and `intro` let a screen say what signing in is for there (bagging by default). */
export function SignInPanel({
  title = 'session.title',
  intro = 'session.intro',
}: { title?: MessageKey; intro?: MessageKey } = {}) {
  const t = useT()
  const { signIn, ended } = useSession()
  const [operator, setOperator] = useState('')
  const [pin, setPin] = useState('')
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<EngineProblem | null>(null)
  const operatorField = useRef<HTMLInputElement>(null)
  const pinField = useRef<HTMLInputElement>(null)

  function submit(): void {
    if (operator.trim() === '' || pin === '') {
      setProblem({ reason: 'session.missing', details: '' })
      ;(operator.trim() === '' ? operatorField : pinField).current?.focus()
      return
    }
    setWorking(true)
    signIn(operator.trim(), pin).catch((error: unknown) => {
      setProblem(signInProblem(error))
      setPin('')
      setWorking(false)
      pinField.current?.focus()
    })
  }

  const shown = problem ?? ended
  return (
    <section className="panel sign-in" aria-labelledby="sign-in-title" data-testid="sign-in">
      <h2 id="sign-in-title">{t(title)}</h2>
      <p className="panel-intro">{t(intro)}</p>
      {shown && <ProblemNote problem={shown} />}
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <div className="form-row">
          <div className="form-field">
            <label htmlFor="operator-id">{t('session.operator')}</label>
            <input
              id="operator-id"
              ref={operatorField}
              className="text-input"
              value={operator}
              onChange={(event) => setOperator(event.target.value)}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
            />
          </div>
          <div className="form-field">
            <label htmlFor="operator-pin">{t('session.pin')}</label>
            <input
              id="operator-pin"
              ref={pinField}
              className="text-input"
              type="password"
              inputMode="numeric"
              value={pin}
              onChange={(event) => setPin(event.target.value)}
              autoComplete="current-password"
            />
          </div>
          <button type="submit" className="button button-primary form-submit" disabled={working}>
            {working ? t('session.working') : t('session.submit')}
          </button>
        </div>
      </form>
      <p className="form-note">{t('session.memoryOnly')}</p>
    </section>
  )
}
