// One side of the comparison: scans through the engine, each awaited before the next is sent, so every
// scan pays a full commit (no group commit to flatter the figures).
import type { Session, Station } from '../types'

export async function engineScans(
  station: Station,
  by: Session,
  receptacle: number,
  itemIds: readonly string[],
  latenciesMs: number[],
): Promise<number> {
  const started = performance.now()
  for (const code of itemIds) {
    const t = performance.now()
    const result = await station.scan(by, { code, receptacle })
    latenciesMs.push(performance.now() - t)
    if (result.outcome !== 'accepted')
      throw new Error(`bench scan of ${code} was ${result.outcome}: ${result.reason}`)
  }
  return performance.now() - started
}
