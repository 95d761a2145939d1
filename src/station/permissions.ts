// Who may do what. The refusal names the roles that may, so the person knows whom to call.
import { StationError } from './errors'
import type { Operator, Role } from './types'

const ROLE_NAMES: Record<Role, string> = {
  worker: 'a worker',
  supervisor: 'a supervisor',
  oe: 'exchange-office staff',
  customs: 'a customs officer',
  admin: 'an admin',
}

/** The operator `init` creates for scripts run on the station itself. */
export const DEFAULT_OPERATOR = 'station'

export const UNDOES_SCANS: readonly Role[] = ['supervisor', 'admin']
/**
 * Reopening a closed receptacle voids its S9 label and changes what the dispatch will advise: the floor
 * supervisor's decision, taken where the bag is, like answering a referral.
 */
export const REOPENS_RECEPTACLES: readonly Role[] = ['supervisor']
export const SETS_POLICY: readonly Role[] = ['supervisor', 'oe', 'admin']
export const IMPORTS_MANIFESTS: readonly Role[] = ['supervisor', 'oe', 'admin']
export const MANAGES_PRINTERS: readonly Role[] = ['supervisor', 'oe', 'admin']
/** Closing dispatches and consignments, EDI in and out: the exchange office's work. */
export const EXCHANGES_MAIL: readonly Role[] = ['supervisor', 'oe', 'admin']
/** Customs decisions are the officer's alone: not the station's default operator, not an admin. */
export const DECIDES_CUSTOMS: readonly Role[] = ['customs']
export const PRESENTS_TO_CUSTOMS: readonly Role[] = ['supervisor', 'oe', 'customs', 'admin']
/** Answering a referral (REFRSP): the supervisor on the floor, or the customs officer. */
export const ANSWERS_REFERRALS: readonly Role[] = ['supervisor', 'customs']
/** The post often collects duty for customs: the exchange office records the payment too. */
export const RECORDS_DUTY_PAYMENT: readonly Role[] = ['supervisor', 'oe', 'customs', 'admin']

function either(roles: readonly Role[]): string {
  const names = roles.map((r) => ROLE_NAMES[r])
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? 'nobody')
}

export function requireRole(actor: Operator, allowed: readonly Role[], action: string): void {
  if (allowed.includes(actor.role)) return
  throw new StationError(
    'forbidden',
    `${action} needs ${either(allowed)}; operator ${actor.id} is ${ROLE_NAMES[actor.role]}.`,
  )
}

/** Admins add anyone; supervisors add anyone but admins; the default operator bootstraps the first ones. */
export function requireMayAddOperator(actor: Operator, role: Role): void {
  if (actor.id === DEFAULT_OPERATOR || actor.role === 'admin') return
  if (actor.role === 'supervisor' && role !== 'admin') return
  throw new StationError(
    'forbidden',
    role === 'admin' && actor.role === 'supervisor'
      ? `Adding an admin needs an admin; operator ${actor.id} is a supervisor.`
      : `Adding operators needs a supervisor or an admin; operator ${actor.id} is ${ROLE_NAMES[actor.role]}.`,
  )
}
