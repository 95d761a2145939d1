// The label of one receptacle, followed live: its jobs (the first print and any reprint) from
// `print.jobs {receptacle}` and `print.job` events, and the printers, so a wait is said with its cause.
// The label's outcome is sounded: the good tone when it printed, the error tone when it became
// uncertain or started waiting on a fault.
import { useCallback, useEffect, useRef } from 'react'
import type { Printer, PrintJob } from '../../api/printing'
import type { ConnectionStatus } from '../contract/client'
import { playTone, type SoundSettings } from '../feedback/tones'
import { currentJob } from './jobList'
import { destinationOf, jobFeedback, type Destination } from './jobStatus'
import { usePrinters } from './usePrinters'
import { usePrintJobs, type JobList } from './usePrintJobs'

/** A receptacle has its first label and a few reprints at most. */
const RECEPTACLE_JOBS = 20

export interface ReceptacleLabel {
  connection: ConnectionStatus
  /** The receptacle followed, or null. */
  handle: number | null
  jobs: JobList
  /** The job that speaks for the label now: the newest. */
  current: PrintJob | null
  /** Where the current job goes, as far as the printers are known. */
  destination: Destination
  /** The printers to choose from for a reprint. */
  printers: Printer[]
  apply: (job: PrintJob) => void
}

export function useReceptacleLabel(
  connection: ConnectionStatus,
  handle: number | null,
  sound: SoundSettings,
): ReceptacleLabel {
  const printers = usePrinters(connection)
  const live = useRef({ sound, printers: printers.known })
  useEffect(() => {
    live.current = { sound, printers: printers.known }
  })
  // Each job as last judged for sound, whether an event or the list told it: a label printed before the
  // list answered is heard once, not twice, and not never.
  const judged = useRef(new Map<number, PrintJob>())
  const judge = useCallback((job: PrintJob) => {
    const tone = jobFeedback(judged.current.get(job.id), job, destinationOf(job, live.current.printers))
    judged.current.set(job.id, job)
    if (tone) playTone(tone, live.current.sound)
  }, [])
  const onLoad = useCallback(
    (jobs: readonly PrintJob[]) => {
      const newest = currentJob(jobs)
      if (newest) judge(newest)
    },
    [judge],
  )
  const { list, apply } = usePrintJobs(connection, {
    receptacle: handle,
    limit: RECEPTACLE_JOBS,
    onChange: (_before, after) => judge(after),
    onLoad,
  })
  const current = list.state === 'ready' ? currentJob(list.jobs) : null
  const destination = current ? destinationOf(current, printers.known) : null
  return { connection, handle, jobs: list, current, destination, printers: printers.known ?? [], apply }
}
