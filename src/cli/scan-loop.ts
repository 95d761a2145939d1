// Feeds codes to the engine without waiting for each commit, so the scans that arrive while a commit is
// in flight are committed together; hands back each outcome in the order the codes came, as soon as
// its own scan is committed.
import type { ScanResult } from '../api'
import type { Session, Station } from '../station'
import type { CodeSource } from './scan-source'

export interface ScanTarget {
  receptacle?: number
  device?: string
}

export interface ScanTally {
  scanned: number
  accepted: number
}

export async function scanInOrder(
  station: Station,
  by: Session,
  source: CodeSource,
  target: ScanTarget,
  onCommitted: (result: ScanResult) => void,
): Promise<ScanTally> {
  const tally: ScanTally = { scanned: 0, accepted: 0 }
  const stop = new AbortController()
  let failure: { error: unknown } | null = null
  let delivered: Promise<void> = Promise.resolve()

  const submit = (code: string): void => {
    let result: Promise<ScanResult>
    try {
      result = station.scan(by, { code, ...target })
    } catch (error) {
      result = Promise.reject(error)
    }
    // A rejection is taken up by the delivery chain below, once, in order.
    result.catch(() => undefined)
    delivered = delivered.then(async () => {
      if (failure) return
      try {
        const committed = await result
        tally.scanned += 1
        if (committed.outcome === 'accepted') tally.accepted += 1
        onCommitted(committed)
      } catch (error) {
        failure = { error }
        stop.abort()
      }
    })
  }

  await source(submit, stop.signal)
  await delivered
  if (failure) throw (failure as { error: unknown }).error
  return tally
}
