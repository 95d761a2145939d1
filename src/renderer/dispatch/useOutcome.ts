// Every outcome a person caused on the exchange screens is heard as well as seen: said in the live region
// (screen readers) and sounded with the scan tones (good, warning, error), so nobody needs to be looking.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { LiveMessage } from '../feedback/LiveRegion'
import { playTone, type SoundSettings } from '../feedback/tones'
import { TONE_FOR, type Verdict } from '../feedback/verdict'

export function useOutcome(sound: SoundSettings): {
  message: LiveMessage | null
  /** Says `text`; with a verdict, sounds its tone too. */
  say: (text: string, verdict?: Verdict) => void
} {
  const [message, setMessage] = useState<LiveMessage | null>(null)
  const seq = useRef(0)
  const soundRef = useRef(sound)
  useEffect(() => {
    soundRef.current = sound
  }, [sound])
  const say = useCallback((text: string, verdict?: Verdict) => {
    if (verdict) playTone(TONE_FOR[verdict], soundRef.current)
    setMessage({ seq: ++seq.current, text })
  }, [])
  return { message, say }
}
