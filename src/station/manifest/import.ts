// A manifest import is all or nothing: it runs inside one write transaction and the first bad line
// throws, so the rollback leaves the manifest exactly as it was.
import type { Database, Statement } from 'better-sqlite3'
import { ImportError } from '../errors'
import type { EventLog, NewEvent } from '../store/events'
import type { ImportOptions, ImportSummary, Operator, StationEvent } from '../types'
import { readCsv } from './csv'
import { fieldOf, LineReader, type ManifestField, type ManifestItem, type RawRecord } from './fields'
import { readJsonLines } from './jsonl'

function formatOf(text: string, opts: ImportOptions): 'csv' | 'jsonl' {
  if (opts.format) return opts.format
  const name = opts.fileName?.toLowerCase() ?? ''
  if (/\.(jsonl|ndjson|json)$/.test(name)) return 'jsonl'
  if (name.endsWith('.csv')) return 'csv'
  return /^\uFEFF?\s*\{/.test(text) ? 'jsonl' : 'csv'
}

/** Column index of each manifest field, from the header row (line `line`). */
function columns(header: string[], line: number, where: string): Map<ManifestField, number> {
  const found = new Map<ManifestField, number>()
  header.forEach((name, index) => {
    const field = fieldOf(name)
    if (!field) return
    if (found.has(field)) {
      throw new ImportError(
        line,
        `${where} line ${line}: two columns give ${field} ("${header[found.get(field)!]}" and "${name}").`,
      )
    }
    found.set(field, index)
  })
  if (!found.has('itemId')) {
    throw new ImportError(
      line,
      `${where} line ${line}: the header has no itemId column (found: ${header.join(', ')}).`,
    )
  }
  if (!found.has('destinationCountry') && !found.has('destinationOffice')) {
    throw new ImportError(
      line,
      `${where} line ${line}: the header needs a destinationCountry or a destinationOffice column.`,
    )
  }
  return found
}

export class ManifestImport {
  private readonly upsert: Statement<unknown[], number>

  constructor(
    db: Database,
    private readonly log: EventLog,
  ) {
    // RETURNING created_seq tells a new item (this import's seq) from an updated one (an older seq).
    this.upsert = db
      .prepare<unknown[], number>(
        `INSERT INTO item (id, mail_class, destination_country, destination_office, weight_kg, contents_type,
           sender, addressee, pre_advised, ead, created_seq)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET destination_country = excluded.destination_country,
           destination_office = excluded.destination_office, weight_kg = excluded.weight_kg,
           contents_type = excluded.contents_type, sender = excluded.sender, addressee = excluded.addressee,
           pre_advised = 1, ead = max(item.ead, excluded.ead)
         RETURNING created_seq`,
      )
      .pluck()
  }

  /** Runs inside the engine's write transaction. */
  run(
    actor: Operator,
    text: string,
    opts: ImportOptions,
    now: Date,
  ): { summary: ImportSummary; event: StationEvent } {
    const where = opts.fileName ?? 'manifest'
    const format = formatOf(text, opts)
    const seq = this.log.peekNextSeq()
    const reader = new LineReader(where)
    const summary = { items: 0, created: 0, updated: 0 }
    const store = (item: ManifestItem): void => {
      const createdSeq = this.upsert.get(
        item.id,
        item.mailClass,
        item.country,
        item.office,
        item.weightKg,
        item.contentsType,
        item.sender,
        item.addressee,
        item.ead ? 1 : 0,
        seq,
      )
      summary.items++
      if (createdSeq === seq) summary.created++
      else summary.updated++
    }

    if (format === 'csv') {
      let header: Map<ManifestField, number> | null = null
      let width = 0
      readCsv(text, where, (line, fields) => {
        if (!header) {
          header = columns(fields, line, where)
          width = fields.length
          return
        }
        if (fields.length !== width) {
          throw new ImportError(
            line,
            `${where} line ${line}: ${fields.length} fields where the header has ${width}; is the line cut short or a comma unquoted?`,
          )
        }
        const raw: RawRecord = {}
        for (const [field, index] of header) raw[field] = fields[index]
        store(reader.read(line, raw))
      })
    } else {
      readJsonLines(text, where, (line, record) => {
        const raw: RawRecord = {}
        for (const key in record) {
          const field = fieldOf(key)
          if (field) raw[field] = record[key]
        }
        store(reader.read(line, raw))
      })
    }

    const e: NewEvent = {
      at: now.toISOString(),
      operator: actor.id,
      type: 'import',
      code: opts.fileName ?? null,
      reason: `Imported ${summary.items} manifest line${summary.items === 1 ? '' : 's'}: ${summary.created} new item${summary.created === 1 ? '' : 's'}, ${summary.updated} updated.`,
      detail: { fileName: opts.fileName ?? null, format, ...summary },
    }
    this.log.appendAt(seq, e)
    return { summary, event: this.log.shape(seq, e) }
  }
}
