// The figures both documents print at the foot of the receptacle list. Registered (red-label) receptacles are
// counted apart from the others, as the Regulations ask of delivery bills (shared/reference/UPU.md §6).
import { tenthsOf } from './format'
import type { DispatchDocumentData } from './types'

export interface ReceptacleCount {
  count: number
  /** Gross weight in tenths of a kilogram. */
  tenths: number
}

export interface DispatchTotals {
  ordinary: ReceptacleCount
  registered: ReceptacleCount
  all: ReceptacleCount
  items: number
}

export function dispatchTotals(data: DispatchDocumentData): DispatchTotals {
  const ordinary = { count: 0, tenths: 0 }
  const registered = { count: 0, tenths: 0 }
  for (const r of data.receptacles) {
    const into = r.registered ? registered : ordinary
    into.count += 1
    into.tenths += tenthsOf(r.weightKg)
  }
  return {
    ordinary,
    registered,
    all: { count: ordinary.count + registered.count, tenths: ordinary.tenths + registered.tenths },
    items: data.itemsByClass.reduce((sum, c) => sum + c.items, 0),
  }
}
