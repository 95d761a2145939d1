// Says the outcome of each scan aloud, for screen-reader users and anyone looking away. Keyed by the
// announcement number so the same words twice are announced twice.
import { useT } from '../settings/SettingsContext'
import { announcementText } from './announcement'
import type { Announcement } from './useIdentifications'

export function Announcer({ announcement }: { announcement: Announcement | null }) {
  const t = useT()
  return (
    <div className="sr-only" aria-live="assertive" aria-atomic="true" data-testid="announcer">
      {announcement && <span key={announcement.seq}>{announcementText(announcement, t)}</span>}
    </div>
  )
}
