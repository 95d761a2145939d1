// The bench manifest goes in through the engine's own import (importManifest, CSV), in slices so no
// single text holds a million lines: the same validation and upsert a real manifest file gets.
import type { Session, Station } from '../types'
import { BENCH_DESTINATION, benchItemId } from './items'

const SLICE = 100_000

export function importBenchManifest(
  station: Station,
  by: Session,
  items: number,
  progress: (done: number) => void,
): void {
  for (let start = 0; start < items; start += SLICE) {
    const end = Math.min(items, start + SLICE)
    const lines = ['itemId,destinationOffice']
    for (let n = start; n < end; n++) lines.push(`${benchItemId(n)},${BENCH_DESTINATION}`)
    station.importManifest(by, lines.join('\n'), { format: 'csv', fileName: `bench-${start}.csv` })
    progress(end)
  }
}
