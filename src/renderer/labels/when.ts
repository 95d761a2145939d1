// Times on labels and printers: the 24-hour clock of shift work; the date too when it is not today, so
// a label printed yesterday is never read as printed this morning.
import type { Language } from '../i18n/languages'

export function formatWhen(iso: string, language: Language, now: Date = new Date()): string {
  const at = new Date(iso)
  const time = at.toLocaleTimeString(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
  if (at.toDateString() === now.toDateString()) return time
  const date = at.toLocaleDateString(language, { day: 'numeric', month: 'short' })
  return `${date} ${time}`
}
