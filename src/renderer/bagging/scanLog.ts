// The station's last scans, newest first. Pure list operations so the rules (how many are kept, which
// scan Ctrl+Z takes back) are unit-tested apart from React.
import type { ScanResult } from '../../api/bagging'
import type { EngineProblem } from '../engine/errors'

/** About a shift's last minute of scanning: enough to look back, short enough to read. */
export const SCAN_LOG_LIMIT = 30

export type ScanEntry =
  | { kind: 'scanned'; id: number; result: ScanResult; undone: boolean }
  /** The engine did not answer: the code stays on screen so the item is scanned again, not lost. */
  | { kind: 'unanswered'; id: number; code: string; problem: EngineProblem; at: string }

export function addScan(log: readonly ScanEntry[], entry: ScanEntry): ScanEntry[] {
  return [entry, ...log].slice(0, SCAN_LOG_LIMIT)
}

/** Marks the scan recorded as event `seq` as taken back, wherever the undo came from. */
export function markUndone(log: readonly ScanEntry[], seq: number): ScanEntry[] {
  return log.map((entry) =>
    entry.kind === 'scanned' && entry.result.seq === seq && !entry.undone
      ? { ...entry, undone: true }
      : entry,
  )
}

/**
 * The scan Ctrl+Z takes back: the newest accepted one not undone yet, in a receptacle that is still
 * open (a closed receptacle has its label printed; taking an item out of it is not an undo).
 */
export function lastUndoable(log: readonly ScanEntry[], openHandles: ReadonlySet<number>): ScanResult | null {
  for (const entry of log) {
    if (entry.kind !== 'scanned' || entry.undone || entry.result.outcome !== 'accepted') continue
    if (entry.result.receptacle !== null && openHandles.has(entry.result.receptacle)) return entry.result
  }
  return null
}
