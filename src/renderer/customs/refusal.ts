// What the engine said when it did not do something. A refusal by rule (a role that may not decide, an
// item already seized, a value out of range) is the engine's own sentence: it names the rule, the
// item and whom to call, so it is shown as said. Anything else (the engine unreachable) is our words.
import type { EngineProblem } from '../engine/errors'
import type { Translate } from '../i18n/languages'

/** The engine's sentence, when the problem is a refusal that carries one. */
export function engineWords(problem: EngineProblem): string | null {
  const byRule = problem.reason === 'engineError.bad_request' || problem.reason === 'engineError.forbidden'
  return byRule && problem.details !== '' ? problem.details : null
}

/** One line to say aloud: the engine's sentence, else the reason in the person's language. */
export function refusalSaid(problem: EngineProblem, t: Translate): string {
  return engineWords(problem) ?? t(problem.reason)
}
