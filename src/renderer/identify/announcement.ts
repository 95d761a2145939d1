// The one sentence the live region says after a scan: outcome, kind, and the first reason if any.
// Short on purpose: it is spoken while the person already reaches for the next item.
import type { Translate } from '../i18n/languages'
import { translateFinding } from './findings'
import { kindKey, outcomeText } from './outcome'
import type { Announcement } from './useIdentifications'

export function announcementText(announcement: Announcement, t: Translate): string {
  if (announcement.problem) return `${t('engineError.title')}. ${t(announcement.problem.reason)}`
  if (announcement.batch) return t('identify.batch', { ...announcement.batch })
  const result = announcement.entry?.result
  if (!result) return ''
  const parts = [outcomeText(result, t), t(kindKey(result.kind))]
  const first = result.errors[0] ?? result.warnings[0]
  if (first) parts.push(translateFinding(first, result.kind, t))
  return parts.join('. ')
}
