// A request that did not go through, said in red words: what did not happen, why, and the engine's own
// sentence for support. A refusal (bad_request) is the engine's sentence itself: it names the rule.
import type { EngineProblem } from '../engine/errors'
import type { MessageKey } from '../i18n/en'
import { useT } from '../settings/SettingsContext'
import { VerdictIcon } from './VerdictIcon'

export function ProblemNote({ title, problem }: { title?: MessageKey; problem: EngineProblem }) {
  const t = useT()
  const refusal = problem.reason === 'engineError.bad_request' && problem.details !== ''
  return (
    <div className="problem" role="alert" data-testid="problem">
      <VerdictIcon verdict="invalid" size={32} />
      <div>
        {title && <p className="problem-title">{t(title)}</p>}
        {refusal ? (
          <p className="problem-reason" lang="en">
            {problem.details}
          </p>
        ) : (
          <p className="problem-reason">{t(problem.reason)}</p>
        )}
        {!refusal && problem.details !== '' && (
          <p className="failure-details">{t('engineError.details', { message: problem.details })}</p>
        )}
      </div>
    </div>
  )
}
