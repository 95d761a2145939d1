// Who may do the exchange office's work (src/station/permissions.ts, EXCHANGES_MAIL). The engine decides
// and refuses in its own words; the screen only says beforehand that a refusal is coming.
import type { Role } from '../../api/bagging'

const EXCHANGES_MAIL: readonly Role[] = ['supervisor', 'oe', 'admin']

export function mayExchange(role: Role): boolean {
  return EXCHANGES_MAIL.includes(role)
}

/** REOPENS_RECEPTACLES: the floor supervisor's decision alone. */
const REOPENS_RECEPTACLES: readonly Role[] = ['supervisor']

export function mayReopenReceptacles(role: Role): boolean {
  return REOPENS_RECEPTACLES.includes(role)
}
