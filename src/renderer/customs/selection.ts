// The rows chosen for a decision in one go. Click or Space toggles one row and makes it the anchor;
// Shift with a click, Space or an arrow key selects every row from the anchor to that one, as lists do
// everywhere. The selection keeps only rows the list still shows, so a filter can never leave a hidden
// item in a decision. Pure: a reducer, unit-tested.

export interface Selection {
  /** Selected item ids, in the order they were chosen. */
  ids: readonly string[]
  /** Where a Shift range starts: the last row toggled, null before any. */
  anchor: string | null
}

export const NO_SELECTION: Selection = { ids: [], anchor: null }

export type SelectionAction =
  | { type: 'toggle'; id: string }
  /** Shift: from the anchor to `id`, in the list's order (`order`), added to what is selected. */
  | { type: 'extend'; id: string; order: readonly string[] }
  | { type: 'all'; order: readonly string[] }
  | { type: 'clear' }
  /** Exactly these (several codes scanned at once). */
  | { type: 'set'; ids: readonly string[] }
  /** The list changed: forget rows it no longer shows. */
  | { type: 'keep'; order: readonly string[] }

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)]
}

export function selectionReducer(state: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case 'toggle':
      return state.ids.includes(action.id)
        ? { ids: state.ids.filter((id) => id !== action.id), anchor: action.id }
        : { ids: [...state.ids, action.id], anchor: action.id }
    case 'extend': {
      const to = action.order.indexOf(action.id)
      if (to < 0) return state
      const from = state.anchor === null ? -1 : action.order.indexOf(state.anchor)
      // No anchor in view: the range is the row itself.
      const start = from < 0 ? to : Math.min(from, to)
      const end = from < 0 ? to : Math.max(from, to)
      const range = action.order.slice(start, end + 1)
      return { ids: unique([...state.ids, ...range]), anchor: from < 0 ? action.id : state.anchor }
    }
    case 'all':
      return { ids: unique(action.order), anchor: state.anchor }
    case 'clear':
      return NO_SELECTION
    case 'set':
      return { ids: unique(action.ids), anchor: action.ids.at(-1) ?? null }
    case 'keep': {
      const shown = new Set(action.order)
      const ids = state.ids.filter((id) => shown.has(id))
      const anchor = state.anchor !== null && shown.has(state.anchor) ? state.anchor : null
      return ids.length === state.ids.length && anchor === state.anchor ? state : { ids, anchor }
    }
  }
}

/** The header checkbox: every row, none, or some (indeterminate). */
export function selectionCoverage(state: Selection, order: readonly string[]): 'none' | 'some' | 'all' {
  if (order.length === 0) return 'none'
  const chosen = order.filter((id) => state.ids.includes(id)).length
  if (chosen === 0) return 'none'
  return chosen === order.length ? 'all' : 'some'
}

/** The selected ids in the list's order: the order a decision names them in. */
export function selectedInOrder(state: Selection, order: readonly string[]): string[] {
  return order.filter((id) => state.ids.includes(id))
}
