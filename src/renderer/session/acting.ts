// Commands that act in someone's name carry the session token. Screens never hold the token: they name
// the command and its input, and the session adds who is acting.
import { ContractError, type CommandInput, type CommandName, type CommandOutput } from '../../api'

export type Operator = CommandOutput<'session.signIn'>['operator']

export type ActingCommand = {
  [N in CommandName]: CommandInput<N> extends { session: string } ? N : never
}[CommandName]

export type ActingInput<N extends ActingCommand> = Omit<CommandInput<N>, 'session'>

export interface SignedIn {
  /** Kept in memory only: a token in storage would outlive the shift and sign in whoever comes next. */
  token: string
  operator: Operator
}

/** The engine no longer knows this session (expired, revoked, engine restarted with another store). */
export function endsSession(error: unknown): boolean {
  return error instanceof ContractError && error.code === 'unauthorized'
}

export function operatorLabel(operator: Operator): string {
  return operator.name ? `${operator.name} (${operator.id})` : operator.id
}
