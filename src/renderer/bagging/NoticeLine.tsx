// The outcome of the last action that was not a scan (undo, a refusal, a receptacle closed elsewhere),
// in the same colour-icon-words form as a scan, smaller: it must not be mistaken for a scan's answer.
import { VerdictIcon } from '../feedback/VerdictIcon'
import { useT } from '../settings/SettingsContext'
import { noticeText } from './announce'
import type { Notice } from './notice'

export function NoticeLine({ notice }: { notice: Notice }) {
  const t = useT()
  return (
    <p className={`notice notice-${notice.verdict}`} data-testid="notice" data-verdict={notice.verdict}>
      <VerdictIcon verdict={notice.verdict} size={32} />
      <span>{noticeText(notice, t)}</span>
    </p>
  )
}
