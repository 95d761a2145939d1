// Times as partners need them: UPU events carry the local time where they happened with its UTC offset
// (2026-03-14T10:30:00+01:00), and EDIFACT envelopes a local date and time. The station's local time is
// the machine's (set TZ for a station whose clock runs in UTC).

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** ISO 8601 local time with its offset, to the second. */
export function localIso(date: Date): string {
  const offset = -date.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  const abs = Math.abs(offset)
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}

/** UNB preparation date and time: YYMMDD and HHMM, local. */
export function envelopeDateTime(date: Date): { date: string; time: string } {
  return {
    date: `${pad(date.getFullYear() % 100)}${pad(date.getMonth() + 1)}${pad(date.getDate())}`,
    time: `${pad(date.getHours())}${pad(date.getMinutes())}`,
  }
}
