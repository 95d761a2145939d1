// The per-file report of an ITMATT import, counted as its chunks are written: items, new and updated,
// statuses, and every finding by code, the first ones listed with their item and field (all of them
// stay with their item, for advance.item).
import type { AdvanceReport } from '../../api/advance'
import type { Assessment } from '../../core/customs'

export const LISTED_FINDINGS = 100

/** What the reading thread counted, handed to the thread that publishes the report. */
export interface CounterState {
  items: number
  statuses: AdvanceReport['statuses']
  total: number
  blocking: number
  byCode: Record<string, number>
  listed: AdvanceReport['findings']['listed']
}

export class ReportCounter {
  items = 0
  newItems = 0
  updatedItems = 0
  private statuses = { complete: 0, incomplete: 0, error: 0 }
  private total = 0
  private blocking = 0
  private readonly byCode: Record<string, number> = {}
  private readonly listed: AdvanceReport['findings']['listed'] = []

  state(): CounterState {
    return {
      items: this.items,
      statuses: this.statuses,
      total: this.total,
      blocking: this.blocking,
      byCode: this.byCode,
      listed: this.listed,
    }
  }

  /** Adds what a reading thread counted (new and updated items are counted here, as chunks commit). */
  merge(s: CounterState): void {
    this.items += s.items
    this.statuses = {
      complete: this.statuses.complete + s.statuses.complete,
      incomplete: this.statuses.incomplete + s.statuses.incomplete,
      error: this.statuses.error + s.statuses.error,
    }
    this.total += s.total
    this.blocking += s.blocking
    for (const [code, n] of Object.entries(s.byCode)) this.byCode[code] = (this.byCode[code] ?? 0) + n
    for (const f of s.listed) if (this.listed.length < LISTED_FINDINGS) this.listed.push(f)
  }

  add(itemId: string, a: Assessment): void {
    this.items++
    this.statuses[a.status]++
    for (const f of a.findings) {
      this.total++
      if (f.severity === 'block') this.blocking++
      this.byCode[f.code] = (this.byCode[f.code] ?? 0) + 1
      if (this.listed.length < LISTED_FINDINGS) this.listed.push({ itemId, ...f })
    }
  }

  /** Of `count` items written, `known` already had published advance data. */
  updated(known: number, count: number): void {
    this.updatedItems += known
    this.newItems += count - known
  }

  report(fields: {
    batch: number
    file: string
    format: 'xml' | 'csv'
    state: AdvanceReport['state']
    bytes: number
    startedAt: string
    finishedAt: string | null
    seconds: number
  }): AdvanceReport {
    return {
      batch: fields.batch,
      file: fields.file,
      format: fields.format,
      state: fields.state,
      items: this.items,
      newItems: this.newItems,
      updatedItems: this.updatedItems,
      bytes: fields.bytes,
      statuses: { ...this.statuses },
      findings: {
        total: this.total,
        blocking: this.blocking,
        byCode: { ...this.byCode },
        listed: this.listed,
      },
      startedAt: fields.startedAt,
      finishedAt: fields.finishedAt,
      seconds: fields.seconds,
    }
  }

  /** One sentence for the event log. */
  summary(file: string): string {
    const s = this.statuses
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
    return (
      `Imported ITMATT ${file}: ${plural(this.items, 'item')} (${this.newItems} new, ${this.updatedItems} updated); ` +
      `EAD complete ${s.complete}, incomplete ${s.incomplete}, in error ${s.error}; ${plural(this.total, 'finding')}.`
    )
  }
}
