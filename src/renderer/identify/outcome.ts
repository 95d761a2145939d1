// The three outcomes a person must tell apart at a glance, and the words for each.
import type { Identification } from '../../core/ids/types'
import type { MessageKey } from '../i18n/en'
import type { Translate } from '../i18n/languages'
import type { Verdict } from '../feedback/verdict'

export { TONE_FOR } from '../feedback/verdict'
export type Outcome = Verdict

export function outcomeOf(result: Pick<Identification, 'valid' | 'warnings'>): Outcome {
  if (!result.valid) return 'invalid'
  return result.warnings.length > 0 ? 'warning' : 'valid'
}

const RANK: Record<Outcome, number> = { valid: 0, warning: 1, invalid: 2 }

/** The outcome a batch is announced and sounded with: its worst one. */
export function worstOutcome(outcomes: readonly Outcome[]): Outcome {
  return outcomes.reduce<Outcome>((worst, o) => (RANK[o] > RANK[worst] ? o : worst), 'valid')
}

export function outcomeText(result: Identification, t: Translate): string {
  const outcome = outcomeOf(result)
  if (outcome === 'invalid') return t('outcome.invalid')
  const valid = t(`outcome.valid.${result.kind}`)
  return outcome === 'warning' ? t('outcome.withWarnings', { outcome: valid }) : valid
}

export function kindKey(kind: Identification['kind']): MessageKey {
  return `kind.${kind}`
}
