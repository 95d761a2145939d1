// Destination policies: which rules a receptacle for a country or an office applies to its items.
import type { Database, Statement } from 'better-sqlite3'
import type { DestinationPolicy } from '../types'

interface PolicyRow {
  destination: string
  requires_ead: number
  requires_pre_advice: number
  weight_limit_kg: number | null
}

function toPolicy(row: PolicyRow): DestinationPolicy {
  return {
    destination: row.destination,
    requiresEad: row.requires_ead === 1,
    requiresPreAdvice: row.requires_pre_advice === 1,
    weightLimitKg: row.weight_limit_kg,
  }
}

export class PolicyStore {
  private readonly every: Statement<[], PolicyRow>
  private readonly upsert: Statement

  constructor(db: Database) {
    this.every = db.prepare('SELECT * FROM destination_policy ORDER BY destination')
    this.upsert = db.prepare(
      `INSERT INTO destination_policy (destination, requires_ead, requires_pre_advice, weight_limit_kg, set_seq)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (destination) DO UPDATE SET requires_ead = excluded.requires_ead,
         requires_pre_advice = excluded.requires_pre_advice, weight_limit_kg = excluded.weight_limit_kg,
         set_seq = excluded.set_seq`,
    )
  }

  list(): DestinationPolicy[] {
    return this.every.all().map(toPolicy)
  }

  put(p: DestinationPolicy, seq: number): void {
    this.upsert.run(p.destination, p.requiresEad ? 1 : 0, p.requiresPreAdvice ? 1 : 0, p.weightLimitKg, seq)
  }
}
