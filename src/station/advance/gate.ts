// Dispatch and consignment close refuse to send items that may not be loaded: do-not-load, an open
// customs request for information or screening, or (where the destination's policy requires EAD) advance
// data that is missing, incomplete or in error. The refusal names the items and why.
import type { DestinationPolicy } from '../types'
import { advanceRefusal } from './scan-rule'
import type { AdvanceStore, MemberEad } from './store'

const NAMED = 10

function why(m: MemberEad, policy: DestinationPolicy | null): string | null {
  if (m.doNotLoad) return `do not load${m.eadStatus === 'dnl' && m.eadReason ? `: ${m.eadReason}` : ''}`
  const refusal = advanceRefusal(m, policy)
  if (refusal === null) return null
  if (refusal !== undefined) {
    if (m.eadStatus === 'rfi') return 'customs asked for information'
    if (m.eadStatus === 'rfs') return 'customs asked for screening'
    return m.eadReason ?? 'advance data incomplete'
  }
  if (policy?.requiresEad && !m.ead) return 'no advance data'
  return null
}

/** Items of the dispatches that may not be loaded, as "RR…FR (why)". */
export function loadBlockers(
  store: AdvanceStore,
  policyFor: (destination: string) => DestinationPolicy | null,
  dispatchIds: readonly string[],
): string[] {
  const blocked: string[] = []
  for (const id of dispatchIds) {
    for (const m of store.dispatchMembers(id)) {
      const reason = why(m, policyFor(m.destination))
      if (reason !== null) blocked.push(`${m.itemId} (${reason})`)
    }
  }
  return blocked
}

/** Null when every item of the dispatches may be loaded; else which may not and why, in words. */
export function unloadable(
  store: AdvanceStore,
  policyFor: (destination: string) => DestinationPolicy | null,
  dispatchIds: readonly string[],
): string | null {
  const blocked = loadBlockers(store, policyFor, dispatchIds)
  if (blocked.length === 0) return null
  const count = blocked.length === 1 ? '1 item' : `${blocked.length} items`
  const more = blocked.length > NAMED ? `; and ${blocked.length - NAMED} more` : ''
  return (
    `${count} may not be loaded: ${blocked.slice(0, NAMED).join('; ')}${more}. ` +
    'Take them out (undo their scans) or have their advance data completed or cleared first.'
  )
}
