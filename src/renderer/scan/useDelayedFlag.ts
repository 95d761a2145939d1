// "Working…" shown only when an answer is slow: most come back within a few milliseconds, and a word
// that flickers on every scan teaches people to ignore it.
import { useEffect, useState } from 'react'

export const PENDING_VISIBLE_AFTER_MS = 300

export function useDelayedFlag(on: boolean, delayMs: number): boolean {
  const [elapsed, setElapsed] = useState(false)
  useEffect(() => {
    if (!on) return
    const timer = window.setTimeout(() => setElapsed(true), delayMs)
    return () => {
      window.clearTimeout(timer)
      setElapsed(false)
    }
  }, [on, delayMs])
  return on && elapsed
}
