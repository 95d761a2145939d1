// The engine did not answer: said in red words, with the technical reason and the codes that were not
// identified, so nothing scanned is silently lost.
import type { EngineProblem } from '../engine/errors'
import { useT } from '../settings/SettingsContext'
import { VerdictIcon } from '../feedback/VerdictIcon'

/** Enough to recognise the codes; a pasted column of thousands would bury the message. */
const CODES_SHOWN = 10

export function EngineFailure({
  problem,
  codes,
  onRetry,
}: {
  problem: EngineProblem
  codes: string[]
  onRetry: () => void
}) {
  const t = useT()
  const listed = codes.slice(0, CODES_SHOWN).join(', ') + (codes.length > CODES_SHOWN ? ', …' : '')
  return (
    <article className="result result-invalid" data-testid="engine-failure" data-outcome="invalid">
      <header className="result-head">
        <VerdictIcon verdict="invalid" size={56} />
        <p className="result-outcome">{t('engineError.title')}</p>
      </header>
      <div className="result-body">
        <p className="failure-reason">{t(problem.reason)}</p>
        <p className="failure-codes">{t('engineError.codes', { codes: listed })}</p>
        <p className="failure-details">{t('engineError.details', { message: problem.details })}</p>
        <button type="button" className="button" onClick={onRetry}>
          {t('engineError.retry')}
        </button>
      </div>
    </article>
  )
}
