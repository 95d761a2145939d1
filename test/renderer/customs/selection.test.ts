import { describe, expect, it } from 'vitest'
import {
  NO_SELECTION,
  selectedInOrder,
  selectionCoverage,
  selectionReducer,
  type Selection,
  type SelectionAction,
} from '../../../src/renderer/customs/selection'

const ROWS = ['RB888000013FR', 'RB888000027FR', 'RB888000035FR', 'RB888000044FR', 'CP000000014US']

function run(...actions: SelectionAction[]): Selection {
  return actions.reduce(selectionReducer, NO_SELECTION)
}

describe('selecting rows for one decision', () => {
  it('toggles a row with Space or a click, and makes it the anchor', () => {
    const one = run({ type: 'toggle', id: ROWS[1]! })
    expect(one).toEqual({ ids: [ROWS[1]], anchor: ROWS[1] })
    expect(run({ type: 'toggle', id: ROWS[1]! }, { type: 'toggle', id: ROWS[1]! })).toEqual({
      ids: [],
      anchor: ROWS[1],
    })
  })

  it('selects every row from the anchor to the Shift-pressed one, in either direction', () => {
    const down = run({ type: 'toggle', id: ROWS[1]! }, { type: 'extend', id: ROWS[3]!, order: ROWS })
    expect(selectedInOrder(down, ROWS)).toEqual(ROWS.slice(1, 4))
    const up = run({ type: 'toggle', id: ROWS[3]! }, { type: 'extend', id: ROWS[0]!, order: ROWS })
    expect(selectedInOrder(up, ROWS)).toEqual(ROWS.slice(0, 4))
    // The anchor stays: Shift+arrow down, down again, grows the same range.
    const grown = run(
      { type: 'toggle', id: ROWS[0]! },
      { type: 'extend', id: ROWS[1]!, order: ROWS },
      { type: 'extend', id: ROWS[2]!, order: ROWS },
    )
    expect(grown).toEqual({ ids: ROWS.slice(0, 3), anchor: ROWS[0] })
  })

  it('adds a range to what was already chosen, never losing a row', () => {
    const both = run(
      { type: 'toggle', id: ROWS[4]! },
      { type: 'toggle', id: ROWS[0]! },
      { type: 'extend', id: ROWS[1]!, order: ROWS },
    )
    expect(selectedInOrder(both, ROWS)).toEqual([ROWS[0], ROWS[1], ROWS[4]])
  })

  it('starts a range at the row itself when there is no anchor', () => {
    expect(run({ type: 'extend', id: ROWS[2]!, order: ROWS })).toEqual({ ids: [ROWS[2]], anchor: ROWS[2] })
  })

  it('selects all, clears, and takes several scanned items at once', () => {
    expect(selectionCoverage(run({ type: 'all', order: ROWS }), ROWS)).toBe('all')
    expect(run({ type: 'all', order: ROWS }, { type: 'clear' })).toEqual(NO_SELECTION)
    expect(run({ type: 'set', ids: [ROWS[2]!, ROWS[0]!, ROWS[2]!] })).toEqual({
      ids: [ROWS[2], ROWS[0]],
      anchor: ROWS[2],
    })
    expect(selectionCoverage(run({ type: 'toggle', id: ROWS[2]! }), ROWS)).toBe('some')
    expect(selectionCoverage(NO_SELECTION, ROWS)).toBe('none')
    expect(selectionCoverage(NO_SELECTION, [])).toBe('none')
  })

  it('forgets rows a filter hides, so no hidden item is ever decided on', () => {
    const chosen = run({ type: 'toggle', id: ROWS[0]! }, { type: 'toggle', id: ROWS[4]! })
    const filtered = selectionReducer(chosen, { type: 'keep', order: ROWS.slice(0, 4) })
    expect(filtered).toEqual({ ids: [ROWS[0]], anchor: null })
    // Nothing to forget: the same object, so React does not render again.
    expect(selectionReducer(filtered, { type: 'keep', order: ROWS })).toBe(filtered)
  })
})
