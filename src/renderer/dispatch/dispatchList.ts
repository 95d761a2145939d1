// The dispatches as the screen lists them: open ones first (newest first, they are the work at hand),
// then closed ones newest closed first. Kept current by `dispatch.changed` events.
import type { Consignment, DispatchSummary } from '../../api/exchange'

function order(a: DispatchSummary, b: DispatchSummary): number {
  if (a.state !== b.state) return a.state === 'open' ? -1 : 1
  const at = (d: DispatchSummary) => (d.state === 'closed' ? (d.closedAt ?? d.openedAt) : d.openedAt)
  return at(b).localeCompare(at(a)) || b.id.localeCompare(a.id)
}

export function sortDispatches(list: readonly DispatchSummary[]): DispatchSummary[] {
  return [...list].sort(order)
}

export function applyDispatch(
  list: readonly DispatchSummary[],
  dispatch: DispatchSummary,
): DispatchSummary[] {
  return sortDispatches([...list.filter((d) => d.id !== dispatch.id), dispatch])
}

/**
 * The closed dispatches that may travel in one consignment with `chosen`: the same destination and
 * category (one consignment is one of each), the chosen one first.
 */
export function consignable(list: readonly DispatchSummary[], chosen: DispatchSummary): DispatchSummary[] {
  const mates = list.filter(
    (d) =>
      d.state === 'closed' &&
      d.id !== chosen.id &&
      d.destination === chosen.destination &&
      d.category === chosen.category,
  )
  return [chosen, ...mates]
}

/** The delivery bill that goes with a category's dispatches (CN 38 airmail, CN 41 S.A.L., CN 37 surface). */
export function deliveryBillForm(category: string): string | null {
  switch (category) {
    case 'A':
      return 'CN 38'
    case 'B':
      return 'CN 41'
    case 'C':
    case 'D':
      return 'CN 37'
    default:
      return null
  }
}

export const CONSIGNMENT_LIMIT = 50

export function consignmentsNewestFirst(list: readonly Consignment[]): Consignment[] {
  return [...list].sort((a, b) => b.closedAt.localeCompare(a.closedAt) || b.id.localeCompare(a.id))
}

export function applyConsignment(list: readonly Consignment[], consignment: Consignment): Consignment[] {
  return consignmentsNewestFirst([...list.filter((c) => c.id !== consignment.id), consignment]).slice(
    0,
    CONSIGNMENT_LIMIT,
  )
}
