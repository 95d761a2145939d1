// Latency percentiles by nearest rank: a p99 that is a real measured scan, not an interpolation.
export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return 0
  const rank = Math.ceil((p / 100) * sortedMs.length)
  return sortedMs[Math.min(sortedMs.length, Math.max(1, rank)) - 1]!
}

export function rate(count: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (count * 1000) / elapsedMs : 0
}

/** Rounded for a JSON line a person reads; the ratio keeps three places so 0.9 is told from 0.899. */
export function round(value: number, places: number): number {
  const f = 10 ** places
  return Math.round(value * f) / f
}
