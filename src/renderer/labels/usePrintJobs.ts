// Print jobs as the engine reports them: the latest of the station, or those of one receptacle. Asked
// once the connection is open, then kept current by `print.job` events; events that arrive while the
// question is on its way are applied on top of the answer, never lost.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PrintJob } from '../../api/printing'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { applyJob, mergeJobs, QUEUE_LIMIT } from './jobList'

export type JobList =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; jobs: PrintJob[] }

export interface PrintJobsOptions {
  /** One receptacle's jobs; null while there is no receptacle to follow; left out: every job. */
  receptacle?: number | null
  limit?: number
  /** Told of each change an event brings, with the job as it was before (undefined: a new job). */
  onChange?: (before: PrintJob | undefined, after: PrintJob) => void
  /** Told of the list each time the engine's answer arrives (after a reconnection too). */
  onLoad?: (jobs: readonly PrintJob[]) => void
}

export interface PrintJobs {
  list: JobList
  /** A job as an answer of ours describes it (a reprint, a confirmation), without waiting for its event. */
  apply: (job: PrintJob) => void
  reload: () => void
}

const NOTHING: JobList = { state: 'ready', jobs: [] }

export function usePrintJobs(connection: ConnectionStatus, options: PrintJobsOptions = {}): PrintJobs {
  const { receptacle, limit = QUEUE_LIMIT } = options
  const key = receptacle === undefined ? 'all' : String(receptacle)
  // Kept with the receptacle it is about, so a list never shows under another receptacle for a render.
  const [held, setHeld] = useState<{ key: string; list: JobList }>({ key: '', list: { state: 'loading' } })
  const [round, setRound] = useState(0)
  const jobs = useRef<PrintJob[]>([])
  const onChange = useRef(options.onChange)
  const onLoad = useRef(options.onLoad)
  useEffect(() => {
    onChange.current = options.onChange
    onLoad.current = options.onLoad
  })

  const follows = useCallback(
    (job: PrintJob) => receptacle === undefined || (receptacle !== null && job.receptacle === receptacle),
    [receptacle],
  )

  useEffect(() => {
    jobs.current = []
    if (receptacle === null || connection !== 'open') return
    let live = true
    // Events before the answer wait here; null once the answer came.
    let early: PrintJob[] | null = []
    const client = getStationClient()
    const off = client.on('print.job', (job) => {
      if (!follows(job)) return
      const before = jobs.current.find((j) => j.id === job.id)
      if (before && before.updatedAt > job.updatedAt) return
      if (early) early.push(job)
      else {
        jobs.current = applyJob(jobs.current, job, limit)
        setHeld({ key, list: { state: 'ready', jobs: jobs.current } })
      }
      onChange.current?.(before, job)
    })
    client
      .invoke('print.jobs', receptacle === undefined ? { limit } : { limit, receptacle })
      .then((answer) => {
        if (!live) return
        jobs.current = mergeJobs(answer.jobs, early ?? [], limit)
        early = null
        setHeld({ key, list: { state: 'ready', jobs: jobs.current } })
        onLoad.current?.(jobs.current)
      })
      .catch((error: unknown) => live && setHeld({ key, list: { state: 'failed', error } }))
    return () => {
      live = false
      off()
    }
  }, [connection, receptacle, limit, key, follows, round])

  const apply = useCallback(
    (job: PrintJob) => {
      if (!follows(job)) return
      jobs.current = applyJob(jobs.current, job, limit)
      setHeld((current) =>
        current.key === key && current.list.state === 'ready'
          ? { key, list: { state: 'ready', jobs: jobs.current } }
          : current,
      )
    },
    [follows, key, limit],
  )
  const reload = useCallback(() => setRound((n) => n + 1), [])

  const list = receptacle === null ? NOTHING : held.key === key ? held.list : { state: 'loading' as const }
  return { list, apply, reload }
}
