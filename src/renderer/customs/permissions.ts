// Who may do what at customs (src/station/permissions.ts). The engine decides and refuses in its own
// words, and records a refused decision; the screen only says beforehand that a refusal is coming.
import type { Role } from '../../api/bagging'

const DECIDES: readonly Role[] = ['customs']
const PRESENTS: readonly Role[] = ['supervisor', 'oe', 'customs', 'admin']
const RECORDS_PAYMENT: readonly Role[] = ['supervisor', 'oe', 'customs', 'admin']
const ANSWERS_REFERRALS: readonly Role[] = ['supervisor', 'customs']

export function mayDecide(role: Role): boolean {
  return DECIDES.includes(role)
}

export function mayPresent(role: Role): boolean {
  return PRESENTS.includes(role)
}

export function mayRecordPayment(role: Role): boolean {
  return RECORDS_PAYMENT.includes(role)
}

export function mayAnswerReferral(role: Role): boolean {
  return ANSWERS_REFERRALS.includes(role)
}
