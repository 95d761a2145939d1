// Every schema step, oldest first. A new step is a new file appended here, never an edit of a shipped one.
import { initial } from './0001-initial'
import { printQueue } from './0002-print-queue'
import { exchange } from './0003-exchange'
import { advanceData } from './0004-advance-data'
import { customs } from './0005-customs'
import { customsLink } from './0006-customs-link'
import { receptacleReopen } from './0007-receptacle-reopen'
import { refusedScans } from './0008-refused-scans'
import type { Migration } from './types'

export type { Migration } from './types'

export const MIGRATIONS: readonly Migration[] = [
  initial,
  printQueue,
  exchange,
  advanceData,
  customs,
  customsLink,
  receptacleReopen,
  refusedScans,
]

/** Throws unless versions strictly increase: a duplicated or reordered step would skip schema changes. */
export function assertIncreasing(steps: readonly Migration[]): void {
  steps.forEach((step, i) => {
    const previous = steps[i - 1]
    if (step.version < 1 || (previous && step.version <= previous.version)) {
      throw new Error(`migration ${step.version}-${step.name} is out of order`)
    }
  })
}
assertIncreasing(MIGRATIONS)

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0
