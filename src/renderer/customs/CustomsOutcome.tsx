// The answer to the last thing done on this screen (a scan, a decision, a payment), readable from a
// step away: colour, icon shape and words, the items it concerns, and the engine's sentence underneath
// when it refused. The same words are said in the live region and the tone is sounded.
import { groupCode } from '../codes/groupCode'
import { VerdictIcon } from '../feedback/VerdictIcon'
import type { Verdict } from '../feedback/verdict'
import { useT } from '../settings/SettingsContext'

export interface Outcome {
  seq: number
  verdict: Verdict
  headline: string
  /** The items it is about, as S10 ids. */
  items: readonly string[]
  /** The engine's own sentence (a refusal), in English as the engine says it. */
  engineWords: string | null
}

const SHOWN = 6

export function CustomsOutcome({ outcome }: { outcome: Outcome | null }) {
  const t = useT()
  if (!outcome) return <p className="customs-outcome-idle">{t('customs.idle')}</p>
  const more = outcome.items.length - SHOWN
  return (
    <article
      className={`customs-outcome result result-${outcome.verdict}`}
      data-testid="customs-outcome"
      data-verdict={outcome.verdict}
    >
      <header className="result-head">
        <VerdictIcon verdict={outcome.verdict} size={44} />
        <p className="customs-outcome-headline" data-testid="customs-outcome-headline">
          {outcome.headline}
        </p>
      </header>
      {(outcome.items.length > 0 || outcome.engineWords) && (
        <div className="customs-outcome-body">
          {outcome.items.length > 0 && (
            <p className="code customs-outcome-items">
              {outcome.items.slice(0, SHOWN).map(groupCode).join(' · ')}
              {more > 0 && ` ${t('customs.andMore', { count: more })}`}
            </p>
          )}
          {outcome.engineWords && (
            <p className="customs-outcome-words" data-testid="customs-outcome-words">
              <span className="engine-says">{t('customs.engineSays')}</span>{' '}
              <span lang="en">{outcome.engineWords}</span>
            </p>
          )}
        </div>
      )}
    </article>
  )
}
