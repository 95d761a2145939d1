// The words for a scan or a notice, shared by the banner and the live region. Short on purpose: they are
// spoken while the worker already reaches for the next item.
import { groupCode } from '../codes/groupCode'
import type { Translate } from '../i18n/languages'
import type { Notice } from './notice'
import { outcomeKey } from './outcomes'
import type { ScanEntry } from './scanLog'
import type { Spoken } from './useBagging'

/** The item as printed on its label when the engine recognised it, else exactly what was scanned. */
export function scannedCode(entry: ScanEntry): string {
  if (entry.kind === 'unanswered') return entry.code
  return entry.result.itemId ? groupCode(entry.result.itemId) : entry.result.code
}

export function scanHeadline(entry: ScanEntry, t: Translate): string {
  return entry.kind === 'scanned' ? t(outcomeKey(entry.result.outcome)) : t('bagging.unanswered')
}

export function noticeText(notice: Notice, t: Translate): string {
  const text = t(notice.key, notice.params)
  const problem = notice.problem
  if (!problem) return text
  const why = problem.reason === 'engineError.bad_request' ? problem.details : t(problem.reason)
  return `${text} ${why}`
}

export function spokenText(spoken: Spoken, t: Translate): string {
  if (spoken.notice) return noticeText(spoken.notice, t)
  const entry = spoken.scan
  const parts = [scanHeadline(entry, t), scannedCode(entry)]
  if (entry.kind === 'unanswered') parts.push(t('bagging.scanAgain', { code: entry.code }))
  // The reason of an acceptance only repeats it; the reason of a refusal says what to do with the item.
  else if (entry.result.outcome !== 'accepted') parts.push(entry.result.reason)
  return parts.join('. ')
}
