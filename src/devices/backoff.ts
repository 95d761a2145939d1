// Reconnection delays: quick first retries so a replugged device is back within a couple of seconds,
// doubling so a device that stays away does not cost a busy loop, capped so replug is never missed long.

export interface BackoffOptions {
  initialMs: number
  maxMs: number
}

/** The cap keeps "replugged → ready" under 2 s including the open itself. */
export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 150, maxMs: 1000 }

export function backoffDelay(attempt: number, o: BackoffOptions = DEFAULT_BACKOFF): number {
  return Math.min(o.maxMs, o.initialMs * 2 ** Math.max(0, attempt - 1))
}
