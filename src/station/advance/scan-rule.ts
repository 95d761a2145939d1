// What an item's EAD status means at the scanner and at dispatch or consignment close. Pure: the scan
// writer and the dispatch check gather the facts. An item with no ITMATT data and no referral is left to
// the older rule (a manifest that declared its contents counts as advance data).
import { LOADABLE_STATUSES, type EadStatus } from '../../core/customs'
import type { DestinationPolicy } from '../types'

export interface EadFacts {
  itemId: string
  /** An open referral's status, else the newest published ITMATT data's; null without either. */
  eadStatus: EadStatus | null
  /** The blocking findings in words, or the referral's reason. */
  eadReason: string | null
}

export const eadWords = {
  information: (f: EadFacts): string =>
    `${f.itemId}: customs asked for information${f.eadReason ? ` (${f.eadReason})` : ''} before it may be loaded; put it aside.`,
  screening: (f: EadFacts): string =>
    `${f.itemId}: customs asked for screening${f.eadReason ? ` (${f.eadReason})` : ''} before it may be loaded; put it aside.`,
  notLoadable: (f: EadFacts): string =>
    `${f.itemId}: ${f.eadReason ?? 'advance data incomplete'}. Put it aside.`,
}

/**
 * The no_ead refusal an item's advance data calls for: words, null when it may go, undefined when the
 * item has no advance data or referral at all (the caller applies its older rules). A customs request
 * for information or screening holds the item whatever the destination's policy; otherwise the status
 * counts only where the policy requires EAD. Do-not-load is the writer's do_not_load outcome.
 */
export function advanceRefusal(f: EadFacts, policy: DestinationPolicy | null): string | null | undefined {
  if (f.eadStatus === null) return undefined
  if (f.eadStatus === 'rfi') return eadWords.information(f)
  if (f.eadStatus === 'rfs') return eadWords.screening(f)
  if (f.eadStatus === 'dnl' || !policy?.requiresEad) return null
  return LOADABLE_STATUSES.includes(f.eadStatus) ? null : eadWords.notLoadable(f)
}
