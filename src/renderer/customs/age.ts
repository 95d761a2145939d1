// How long an item has waited since it was presented to customs: minutes for the first hour, hours and
// minutes within the day, then days and hours. Units come from the browser's CLDR data (Intl), so each
// language writes them its own way ("3 hr 20 min", "3 h 20 min", "2 j 4 h").
import type { Language } from '../i18n/languages'

type Unit = 'minute' | 'hour' | 'day'

function unit(value: number, name: Unit, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value)
}

/** Whole minutes between `from` (ISO time) and `now`; never negative (a clock a little ahead). */
export function minutesSince(from: string, now: Date): number {
  const at = Date.parse(from)
  if (Number.isNaN(at)) return 0
  return Math.max(0, Math.floor((now.getTime() - at) / 60_000))
}

export function formatAge(minutes: number, language: Language): string {
  if (minutes < 60) return unit(minutes, 'minute', language)
  const hours = Math.floor(minutes / 60)
  if (hours < 24) {
    const rest = minutes % 60
    return rest === 0
      ? unit(hours, 'hour', language)
      : `${unit(hours, 'hour', language)} ${unit(rest, 'minute', language)}`
  }
  const days = Math.floor(hours / 24)
  const rest = hours % 24
  return rest === 0
    ? unit(days, 'day', language)
    : `${unit(days, 'day', language)} ${unit(rest, 'hour', language)}`
}

/** Waiting longer than a working day: the queue marks it so the oldest are seen first. */
export const LONG_WAIT_MINUTES = 24 * 60
