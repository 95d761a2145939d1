// A request the engine did not carry out, in red: what did not happen (in the person's language), then
// the engine's own sentence when it refused by rule, in full and large, since it names the rule and the
// item ("Deciding a customs matter needs a customs officer; operator wil is a worker.").
import type { EngineProblem } from '../engine/errors'
import { VerdictIcon } from '../feedback/VerdictIcon'
import type { MessageKey } from '../i18n/en'
import { useT } from '../settings/SettingsContext'
import { engineWords } from './refusal'

export function RefusalNote({ title, problem }: { title: MessageKey; problem: EngineProblem }) {
  const t = useT()
  const words = engineWords(problem)
  return (
    <div className="problem customs-refusal" role="alert" data-testid="customs-refusal">
      <VerdictIcon verdict="invalid" size={32} />
      <div>
        <p className="problem-title">{t(title)}</p>
        {words !== null ? (
          <p className="problem-reason customs-engine-words" lang="en" data-testid="customs-refusal-words">
            {words}
          </p>
        ) : (
          <>
            <p className="problem-reason">{t(problem.reason)}</p>
            {problem.details !== '' && (
              <p className="failure-details">{t('engineError.details', { message: problem.details })}</p>
            )}
          </>
        )}
      </div>
    </div>
  )
}
