// A referral on the open item waiting for the origin post's answer (REFRSP), read from the advance data
// the engine gives with the item (its ead_referral rows), and the response codes that answer it. The
// engine checks again and refuses in its own words; the screen only offers what can be sent.
import type { CustomsItem } from '../../api/customs'
import { REFERRAL_RESPONSE_LIST, type ReferralResponseCode } from '../../core/edi/messages/customs'

export type ReferralKind = 'rfi' | 'rfs' | 'dnl'

export interface WaitingReferral {
  status: ReferralKind
  /** What the destination asked, in its words, when it said. */
  asked: string | null
}

const KINDS: readonly string[] = ['rfi', 'rfs', 'dnl']

/** The newest referral of the item still waiting for an answer, or null. */
export function waitingReferral(item: CustomsItem): WaitingReferral | null {
  const rows = item.advance?.records.ead_referral ?? []
  for (const row of [...rows].reverse()) {
    const open = row.closed_seq === null || row.closed_seq === undefined
    const unanswered = row.answered_seq === null || row.answered_seq === undefined
    if (open && unanswered && typeof row.status === 'string' && KINDS.includes(row.status)) {
      return {
        status: row.status as ReferralKind,
        asked: typeof row.reason === 'string' && row.reason !== '' ? row.reason : null,
      }
    }
  }
  return null
}

/** The response codes that answer a referral of this kind, in the list's order. */
export function answerCodes(kind: ReferralKind): ReferralResponseCode[] {
  const type = kind.toUpperCase()
  return REFERRAL_RESPONSE_LIST.entries
    .filter((e) => (e.answers as readonly string[]).includes(type))
    .map((e) => e.code)
}

export const ACTION_MAX = 512

export type ActionReading =
  | { ok: true; action: string }
  | { ok: false; error: 'customsAnswer.actionMissing' | 'customsAnswer.actionTooLong' }

/** The action taken as typed: trimmed, present, at most what a REFRSP carries. */
export function readAction(text: string): ActionReading {
  const action = text.trim()
  if (action === '') return { ok: false, error: 'customsAnswer.actionMissing' }
  if (action.length > ACTION_MAX) return { ok: false, error: 'customsAnswer.actionTooLong' }
  return { ok: true, action }
}
