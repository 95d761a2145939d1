// A label's preview (`print.preview`: the label drawn offline as the printer will draw it). A job's
// label does not change once queued, so each preview is asked once and kept for the next look.
import { useCallback, useEffect, useState } from 'react'
import type { CommandOutput } from '../../api'
import { getStationClient, type ConnectionStatus } from '../contract/client'

export type Preview = CommandOutput<'print.preview'>

export type PreviewState =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; preview: Preview }

/** Enough for the queue a person looks through; each preview is a few tens of kilobytes. */
const KEPT = 40
const kept = new Map<number, Preview>()

function keep(job: number, preview: Preview): void {
  kept.delete(job)
  kept.set(job, preview)
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!)
}

export function usePreview(
  connection: ConnectionStatus,
  job: number | null,
): { preview: PreviewState; retry: () => void } {
  const [held, setHeld] = useState<{ job: number | null; preview: PreviewState }>({
    job: null,
    preview: { state: 'none' },
  })
  const [round, setRound] = useState(0)

  useEffect(() => {
    if (job === null || connection !== 'open' || kept.has(job)) return
    let live = true
    getStationClient()
      .invoke('print.preview', { job })
      .then((preview) => {
        keep(job, preview)
        if (live) setHeld({ job, preview: { state: 'ready', preview } })
      })
      .catch((error: unknown) => live && setHeld({ job, preview: { state: 'failed', error } }))
    return () => {
      live = false
    }
  }, [connection, job, round])

  const retry = useCallback(() => {
    setHeld((current) => ({ ...current, preview: { state: 'loading' } }))
    setRound((n) => n + 1)
  }, [])
  if (job === null) return { preview: { state: 'none' }, retry }
  const cached = kept.get(job)
  if (cached) return { preview: { state: 'ready', preview: cached }, retry }
  return { preview: held.job === job ? held.preview : { state: 'loading' }, retry }
}
