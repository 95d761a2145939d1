// The print queue as the screen holds it: newest job first, each job once, kept current by `print.job`
// events. Pure list operations, so the rules (an older event never undoes a newer state, events that
// came while the list was loading are not lost) are unit-tested apart from React.
import type { PrintJob } from '../../api/printing'

/** The latest jobs the Labels screen asks for and keeps. */
export const QUEUE_LIMIT = 50

function newestFirst(a: PrintJob, b: PrintJob): number {
  return b.id - a.id
}

/** Whether `incoming` is at least as recent as `known` (events may arrive out of order). */
function isNewer(incoming: PrintJob, known: PrintJob): boolean {
  return incoming.updatedAt >= known.updatedAt
}

/** Adds a new job or replaces a known one by a newer version of it; keeps the `limit` newest jobs. */
export function applyJob(jobs: readonly PrintJob[], job: PrintJob, limit = QUEUE_LIMIT): PrintJob[] {
  const at = jobs.findIndex((j) => j.id === job.id)
  if (at !== -1) {
    if (!isNewer(job, jobs[at]!)) return jobs as PrintJob[]
    return jobs.map((j, i) => (i === at ? job : j))
  }
  return [...jobs, job].sort(newestFirst).slice(0, limit)
}

/** The list as the engine answered, with the events that arrived while the question was on its way. */
export function mergeJobs(
  loaded: readonly PrintJob[],
  events: readonly PrintJob[],
  limit = QUEUE_LIMIT,
): PrintJob[] {
  const sorted = [...loaded].sort(newestFirst).slice(0, limit)
  return events.reduce((jobs, job) => applyJob(jobs, job, limit), sorted)
}

/** The job that speaks for a receptacle's label now: its newest (a reprint replaces the first). */
export function currentJob(jobs: readonly PrintJob[]): PrintJob | null {
  return jobs.reduce<PrintJob | null>(
    (newest, job) => (newest === null || job.id > newest.id ? job : newest),
    null,
  )
}
