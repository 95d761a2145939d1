// Turns a failed request into words for the person at the screen. Expected transport failures carry a
// code we can translate; anything else is still shown, with its own message, never swallowed.
import { ContractError } from '../../api'
import type { MessageKey } from '../i18n/en'

export interface EngineProblem {
  reason: MessageKey
  /** The technical message, shown small under the reason so support can act on it. */
  details: string
}

export function describeEngineError(error: unknown): EngineProblem {
  if (error instanceof ContractError) {
    return { reason: `engineError.${error.code}`, details: error.message }
  }
  if (error instanceof Error) return { reason: 'engineError.unexpected', details: error.message }
  return { reason: 'engineError.unexpected', details: String(error) }
}
