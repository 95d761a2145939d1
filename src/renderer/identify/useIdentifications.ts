// The Identify screen's state, kept above the screen so switching to Settings and back loses neither
// the last result nor the list. Every submission is answered: a result, or the engine's failure in
// words; a tone and a spoken announcement go with each.
import { useCallback, useEffect, useRef, useState } from 'react'
import { MAX_CODE_LENGTH, MAX_CODES_PER_REQUEST } from '../../api'
import type { Identification } from '../../core/ids/types'
import { getStationClient } from '../contract/client'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { playTone, type SoundSettings } from '../feedback/tones'
import { outcomeOf, TONE_FOR, worstOutcome, type Outcome } from './outcome'
import { splitCodes } from '../scan/splitCodes'

export const HISTORY_LIMIT = 50

export interface Identified {
  /** Unique within the session, for React keys. */
  id: number
  result: Identification
  /** When the answer came, for the list (ms since the epoch). */
  at: number
}

export interface BatchSummary {
  count: number
  valid: number
  warnings: number
  invalid: number
}

export type Shown =
  | { state: 'idle' }
  | { state: 'result'; entry: Identified; batch: BatchSummary | null }
  | { state: 'failed'; problem: EngineProblem; codes: string[] }

/** What the live region says; `seq` makes a repeat of the same words a new announcement. */
export interface Announcement {
  seq: number
  outcome: Outcome
  entry: Identified | null
  batch: BatchSummary | null
  problem: EngineProblem | null
}

export interface Identifications {
  shown: Shown
  history: Identified[]
  pending: number
  announcement: Announcement | null
  submit: (text: string) => void
  showAgain: (entry: Identified) => void
  clearHistory: () => void
}

function summarise(results: readonly Identification[]): BatchSummary {
  const outcomes = results.map(outcomeOf)
  return {
    count: results.length,
    valid: outcomes.filter((o) => o === 'valid').length,
    warnings: outcomes.filter((o) => o === 'warning').length,
    invalid: outcomes.filter((o) => o === 'invalid').length,
  }
}

async function identifyAll(codes: string[]): Promise<Identification[]> {
  const client = getStationClient()
  const results: Identification[] = []
  for (let at = 0; at < codes.length; at += MAX_CODES_PER_REQUEST) {
    // A "code" longer than the contract allows is a paste accident; cut it so the engine still answers
    // for it (wrong length) instead of refusing the whole batch.
    const chunk = codes.slice(at, at + MAX_CODES_PER_REQUEST).map((code) => code.slice(0, MAX_CODE_LENGTH))
    const answer = await client.invoke('ids.identify', { codes: chunk })
    results.push(...answer.results)
  }
  return results
}

export function useIdentifications(sound: SoundSettings): Identifications {
  const [shown, setShown] = useState<Shown>({ state: 'idle' })
  const [history, setHistory] = useState<Identified[]>([])
  const [pending, setPending] = useState(0)
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)
  const nextId = useRef(1)
  const lastSubmitted = useRef(0)
  // Read at answer time, so a volume change made while a request is in flight already applies.
  const soundRef = useRef(sound)
  useEffect(() => {
    soundRef.current = sound
  }, [sound])

  const submit = useCallback((text: string) => {
    const codes = splitCodes(text)
    if (codes.length === 0) return
    const seq = ++lastSubmitted.current
    setPending((n) => n + 1)
    identifyAll(codes)
      .then((results) => {
        const at = Date.now()
        const entries = results.map((result) => ({ id: nextId.current++, result, at }))
        const last = entries[entries.length - 1]
        const batch = entries.length > 1 ? summarise(results) : null
        const outcome = worstOutcome(results.map(outcomeOf))
        setHistory((current) => [...entries].reverse().concat(current).slice(0, HISTORY_LIMIT))
        // An older scan answered late must not cover the newer one on screen; it still joins the list.
        if (last && seq === lastSubmitted.current) setShown({ state: 'result', entry: last, batch })
        setAnnouncement({ seq, outcome, entry: last ?? null, batch, problem: null })
        playTone(TONE_FOR[outcome], soundRef.current)
      })
      .catch((error: unknown) => {
        const problem = describeEngineError(error)
        setShown({ state: 'failed', problem, codes })
        setAnnouncement({ seq, outcome: 'invalid', entry: null, batch: null, problem })
        playTone('error', soundRef.current)
      })
      .finally(() => setPending((n) => n - 1))
  }, [])

  const showAgain = useCallback((entry: Identified) => setShown({ state: 'result', entry, batch: null }), [])
  const clearHistory = useCallback(() => setHistory([]), [])

  return { shown, history, pending, announcement, submit, showAgain, clearHistory }
}
