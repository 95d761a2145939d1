// One line about the last thing that was not a scan (an undo, a receptacle closed elsewhere, a refusal),
// shown under the scan banner and spoken. `seq` makes the same notice twice two announcements.
import type { EngineProblem } from '../engine/errors'
import type { Verdict } from '../feedback/verdict'
import type { MessageKey } from '../i18n/en'
import type { Params } from '../i18n/languages'

export interface Notice {
  seq: number
  verdict: Verdict
  key: MessageKey
  params?: Params
  problem?: EngineProblem
}

export type Notify = (notice: Omit<Notice, 'seq'>) => void
