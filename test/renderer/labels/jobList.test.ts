import { describe, expect, it } from 'vitest'
import { applyJob, currentJob, mergeJobs, QUEUE_LIMIT } from '../../../src/renderer/labels/jobList'
import { at, job, printed } from './fixtures'

describe('the print queue as print.job events change it', () => {
  it('puts a new job first and replaces a known one by its newer state', () => {
    const first = job({ id: 12 })
    const second = job({ id: 13, subject: 'FRCDGADZALGDAUN60001002010021', receptacle: 2 })
    const jobs = applyJob(applyJob([], first), second)
    expect(jobs.map((j) => j.id)).toEqual([13, 12])
    const after = applyJob(jobs, printed({ id: 12 }))
    expect(after.map((j) => [j.id, j.state])).toEqual([
      [13, 'queued'],
      [12, 'printed'],
    ])
  })

  it('never lets a late event take a job back to an older state', () => {
    const jobs = [printed()]
    const late = job({ state: 'sending', updatedAt: at(8, 1, 11) })
    expect(applyJob(jobs, late)).toEqual(jobs)
  })

  it('keeps the newest jobs only', () => {
    const many = Array.from({ length: QUEUE_LIMIT }, (_, i) => job({ id: i + 1 }))
    const jobs = applyJob(many, job({ id: 100 }))
    expect(jobs).toHaveLength(QUEUE_LIMIT)
    expect(jobs[0]!.id).toBe(100)
    expect(jobs.some((j) => j.id === 1)).toBe(false)
    expect(applyJob([job({ id: 5 })], job({ id: 4 }), 1).map((j) => j.id)).toEqual([5])
  })

  it('applies the events that came while the list was loading on top of the answer', () => {
    const answer = [job({ id: 11, state: 'printed' }), job({ id: 12, state: 'sending' })]
    const early = [job({ id: 12, state: 'sending' }), printed({ id: 12 }), job({ id: 14 })]
    const jobs = mergeJobs(answer, early)
    expect(jobs.map((j) => [j.id, j.state])).toEqual([
      [14, 'queued'],
      [12, 'printed'],
      [11, 'printed'],
    ])
  })

  it('takes a receptacle’s newest job as its label: a reprint speaks for it once made', () => {
    expect(currentJob([])).toBeNull()
    const reprint = job({ id: 20, reprintOf: 12 })
    expect(currentJob([printed({ id: 12 }), reprint])).toBe(reprint)
  })
})
