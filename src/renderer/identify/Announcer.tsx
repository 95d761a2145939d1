import { LiveRegion } from '../feedback/LiveRegion'
import { useT } from '../settings/SettingsContext'
import { announcementText } from './announcement'
import type { Announcement } from './useIdentifications'

export function Announcer({ announcement }: { announcement: Announcement | null }) {
  const t = useT()
  const message = announcement && { seq: announcement.seq, text: announcementText(announcement, t) }
  return <LiveRegion message={message} testId="announcer" />
}
