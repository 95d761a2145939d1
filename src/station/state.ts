// What the scan loop needs on every scan, kept in memory so a scan reads no receptacle or policy row.
// It is derived data: rebuilt from the database at open, after a rolled-back write, and whenever another
// connection (a CLI command beside a running server) committed.
import type { OfficeRow } from './store/office'
import type { ReceptacleRow } from './store/rows'
import type { DestinationPolicy } from './types'

export interface Snapshot {
  office: OfficeRow
  open: ReceptacleRow[]
  policies: DestinationPolicy[]
}

export class StationState {
  office!: OfficeRow
  private readonly open = new Map<number, ReceptacleRow>()
  private readonly policies = new Map<string, DestinationPolicy>()
  /** The most recently opened receptacle still open: where a scan without a handle goes. */
  latest: ReceptacleRow | null = null

  constructor(private readonly load: () => Snapshot) {
    this.reload()
  }

  reload(): void {
    const snapshot = this.load()
    this.office = snapshot.office
    this.open.clear()
    for (const row of snapshot.open) this.open.set(row.handle, row)
    this.policies.clear()
    for (const p of snapshot.policies) this.policies.set(p.destination, p)
    this.pickLatest()
  }

  private pickLatest(): void {
    this.latest = null
    for (const row of this.open.values())
      if (!this.latest || row.handle > this.latest.handle) this.latest = row
  }

  openReceptacle(handle: number): ReceptacleRow | undefined {
    return this.open.get(handle)
  }

  openReceptacles(): IterableIterator<ReceptacleRow> {
    return this.open.values()
  }

  opened(row: ReceptacleRow): void {
    this.open.set(row.handle, row)
    if (!this.latest || row.handle > this.latest.handle) this.latest = row
  }

  closed(handle: number): void {
    this.open.delete(handle)
    if (this.latest?.handle === handle) this.pickLatest()
  }

  /** The office's own rule beats its country's rule. */
  policyFor(destination: string): DestinationPolicy | null {
    return this.policies.get(destination) ?? this.policies.get(destination.slice(0, 2)) ?? null
  }

  policySet(p: DestinationPolicy): void {
    this.policies.set(p.destination, p)
  }
}
