// The words and codes of customs decisions, kept as data: which UPU item event each decision produces in
// each direction (UPU.md 5.1, 5.2, 7.6), the reason codes that go with it in EMSEVT, and which decision
// may follow which.
import type { CustomsDecisionKind, CustomsDirection, CustomsState, Duty, HoldKind } from '../../api/customs'

export const HOLD_KIND_WORDS: Record<HoldKind, string> = {
  documents_required: 'documents required',
  inspection: 'inspection',
  duty_payable: 'duty payable',
  prohibited_restricted: 'prohibited or restricted goods',
}

/**
 * EMSEVT reason codes (1–17 capital letters or digits). UPU's retention-reason code list is not public
 * (UPU.md 5.2, UNCONFIRMED), so these are our own, stable and readable.
 */
const HOLD_KIND_CODES: Record<HoldKind, string> = {
  documents_required: 'DOCS',
  inspection: 'INSPECTION',
  duty_payable: 'DUTY',
  prohibited_restricted: 'PROHIBITED',
}

/** What keeps a returned or seized item out of every bag: its open hold says so at the bagging station. */
export const RETURNED_WORDS = 'returned to sender by customs'
export const SEIZED_WORDS = 'seized by customs'

/** Presented to customs: EXA (export) or EDB (import). */
export function presentedEvent(direction: CustomsDirection): string {
  return direction === 'export' ? 'EXA' : 'EDB'
}

/**
 * The item event of a decision. Hold: EXB / EME. Release: EXC / EDC (back to post). Return: back to post
 * too (EXC / EDC) with reason RTS, the post sends it back. Seize: the item stays with customs for good,
 * EXB / EME with reason SEIZED, and nothing follows.
 */
export function decisionEvent(
  direction: CustomsDirection,
  decision: CustomsDecisionKind,
  kind: HoldKind | null,
): { code: string; reason: string | null } {
  const held = direction === 'export' ? 'EXB' : 'EME'
  const back = direction === 'export' ? 'EXC' : 'EDC'
  switch (decision) {
    case 'hold':
      return { code: held, reason: kind === null ? null : HOLD_KIND_CODES[kind] }
    case 'release':
      return { code: back, reason: null }
    case 'return':
      return { code: back, reason: 'RTS' }
    case 'seize':
      return { code: held, reason: 'SEIZED' }
  }
}

export const STATE_AFTER: Record<CustomsDecisionKind, CustomsState> = {
  hold: 'held',
  release: 'released',
  return: 'returned',
  seize: 'seized',
}

const DECISION_WORDS: Record<CustomsDecisionKind, string> = {
  hold: 'held',
  release: 'released',
  return: 'returned to sender',
  seize: 'seized',
}

/** Why a decision cannot follow the item's state, or null when it may. Seizure is final. */
export function refusedTransition(state: CustomsState, decision: CustomsDecisionKind): string | null {
  if (state === 'seized') return 'was seized by customs; nothing can follow a seizure'
  if (state === STATE_AFTER[decision] && decision !== 'hold') return `is already ${DECISION_WORDS[decision]}`
  return null
}

export function formatDuty(duty: Duty): string {
  return `${duty.amount.toFixed(2)} ${duty.currency}`
}

/** The reason the bagging station shows for an open hold: the kind, the officer's words, the duty. */
export function holdWords(kind: HoldKind | null, reason: string | null, duty: Duty | null): string {
  const parts: string[] = []
  if (kind !== null) parts.push(HOLD_KIND_WORDS[kind])
  if (duty !== null) parts.push(formatDuty(duty))
  const head = parts.join(' ')
  if (reason === null || reason.toLowerCase() === head.toLowerCase()) return head
  return head === '' ? reason : `${head}: ${reason}`
}

/** The words of the audit event of a decision. */
export function decisionSentence(d: {
  itemId: string
  decision: CustomsDecisionKind
  direction: CustomsDirection
  kind: HoldKind | null
  reason: string | null
  note: string | null
  duty: Duty | null
  itemEvent: { code: string; reason: string | null }
}): string {
  const event = d.itemEvent.reason ? `${d.itemEvent.code} ${d.itemEvent.reason}` : d.itemEvent.code
  const onHold = d.decision === 'hold'
  const why = holdWords(d.kind, d.reason, onHold ? d.duty : null)
  const duty = !onHold && d.duty ? ` with ${formatDuty(d.duty)} duty payable` : ''
  const head = `${d.itemId} ${DECISION_WORDS[d.decision]} by ${d.direction} customs${duty} (${event})`
  return `${head}${why ? `: ${why}` : ''}.${d.note ? ` Note: ${d.note}` : ''}`
}
