// The item rules of a scan, in the order the station applies them. Pure: the writer gathers the facts.
import type { ScanOutcome } from '../../api'
import type { EadStatus } from '../../core/customs'
import { advanceRefusal } from '../advance/scan-rule'
import type { ReceptacleRow } from '../store/rows'
import type { DestinationPolicy } from '../types'
import { reasons } from './reasons'

export interface Verdict {
  outcome: ScanOutcome
  reason: string
}

/** What the manifest knows about the scanned item; `known: false` for an item never imported or scanned. */
export interface ItemFacts {
  itemId: string
  known: boolean
  /** From the manifest, or from the service indicator of an unknown item; null when neither says. */
  mailClass: string | null
  country: string | null
  office: string | null
  grams: number | null
  ead: boolean
  doNotLoad: boolean
  /** Reason of the open customs hold, null when there is none. */
  hold: string | null
  /** Receptacle the item is in now, if any. */
  inReceptacle: number | null
  /** An open customs referral's status, else the newest published ITMATT data's; null without either. */
  eadStatus: EadStatus | null
  /** The blocking findings in words, or the referral's reason. */
  eadReason: string | null
}

export type Elsewhere = Pick<ReceptacleRow, 'handle' | 'dispatch_id' | 'serial' | 'state'>

function missort(item: ItemFacts, r: ReceptacleRow): string | null {
  if (item.mailClass !== null && item.mailClass !== r.subclass.charAt(0)) {
    return reasons.wrongClass(item.itemId, item.mailClass, r)
  }
  if (item.office !== null) {
    return item.office === r.destination ? null : reasons.wrongOffice(item.itemId, item.office, r)
  }
  // The country is checked only when the office is not known: a known office is the more precise routing.
  if (item.country !== null && item.country !== r.destination.slice(0, 2)) {
    return reasons.wrongCountry(item.itemId, item.country, r)
  }
  return null
}

function noEad(item: ItemFacts, policy: DestinationPolicy | null): string | null {
  // Items with ITMATT data or a customs referral: their EAD status decides (src/station/advance).
  const advance = advanceRefusal(item, policy)
  if (advance !== undefined) return advance
  if (!policy) return null
  if (policy.requiresPreAdvice && !item.known) return reasons.notPreAdvised(item.itemId, policy.destination)
  if (policy.requiresEad && !item.ead) return reasons.noEad(item.itemId, policy.destination)
  return null
}

/**
 * Decides a scan of a valid item into an open receptacle. `elsewhere` describes the receptacle the item
 * is already in when that is not `r`.
 */
export function decideItem(
  item: ItemFacts,
  r: ReceptacleRow,
  policy: DestinationPolicy | null,
  elsewhere: Elsewhere | null,
): Verdict | null {
  if (item.inReceptacle === r.handle)
    return { outcome: 'duplicate', reason: reasons.duplicate(item.itemId, r) }
  if (elsewhere) return { outcome: 'in_other_receptacle', reason: reasons.elsewhere(item.itemId, elsewhere) }
  if (item.hold !== null) return { outcome: 'held', reason: reasons.held(item.itemId, item.hold) }
  if (item.doNotLoad) return { outcome: 'do_not_load', reason: reasons.doNotLoad(item.itemId) }
  const wrong = missort(item, r)
  if (wrong) return { outcome: 'missort', reason: wrong }
  const advance = noEad(item, policy)
  if (advance) return { outcome: 'no_ead', reason: advance }
  if (item.grams !== null && r.grams + item.grams > Math.round(r.weight_limit_kg * 1000)) {
    return { outcome: 'overweight', reason: reasons.overweight(item.itemId, item.grams, r) }
  }
  // Accepted: the caller writes the membership, then words the outcome with the new count.
  return null
}
