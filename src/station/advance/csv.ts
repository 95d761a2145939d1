// ITMATT as CSV, streamed: one row per content line, the item's own columns repeated on each of its
// rows (read from its first row), rows of one item next to each other. RFC 4180 quoting; a record's
// line is the line it starts on. A field over 64 KB or a record over 1 MB (a quote never closed) is
// refused with its line, like any malformed row.
import { csvColumn, ItemBuilder, type FieldRef } from '../../core/customs'
import { ItmattError } from './errors'
import { itemIdOf, LIMITS, serviceClass, type ReadItem } from './xml'

const QUOTE = 34
const COMMA = 44
const CR = 13
const LF = 10

/** Splits streamed text into records; calls `onRecord` for each complete one. */
export class CsvRecords {
  private buffer = ''
  private line = 1
  private first = true

  constructor(
    private readonly file: string,
    private readonly onRecord: (line: number, fields: string[]) => void,
  ) {}

  write(text: string): void {
    this.buffer = this.buffer === '' ? text : this.buffer + text
    if (this.first && this.buffer.length > 0) {
      this.first = false
      if (this.buffer.charCodeAt(0) === 0xfeff) this.buffer = this.buffer.slice(1)
    }
    const used = this.parse(false)
    this.buffer = this.buffer.slice(used)
    if (this.buffer.length > LIMITS.item) {
      throw new ItmattError(
        this.file,
        { line: this.line },
        `a record longer than ${LIMITS.item / 1024 / 1024} MB: is a quote never closed?`,
      )
    }
  }

  end(): void {
    this.parse(true)
    this.buffer = ''
  }

  private tooLong(line: number): ItmattError {
    return new ItmattError(this.file, { line }, `a field longer than ${LIMITS.text / 1024} KB`)
  }

  /** Parses whole records; returns how much of the buffer they used. */
  private parse(final: boolean): number {
    const text = this.buffer
    const n = text.length
    let i = 0
    while (i < n) {
      const start = i
      const startLine = this.line
      let line = this.line
      const fields: string[] = []
      let blank = true
      for (;;) {
        if (text.charCodeAt(i) === QUOTE) {
          let value = ''
          let from = i + 1
          let closed = false
          for (;;) {
            const q = text.indexOf('"', from)
            if (q < 0 || (q === n - 1 && !final)) break
            const chunk = text.slice(from, q)
            for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) line++
            value += chunk
            if (text.charCodeAt(q + 1) !== QUOTE) {
              i = q + 1
              closed = true
              break
            }
            value += '"'
            from = q + 2
          }
          if (!closed) {
            if (!final) return start
            throw new ItmattError(
              this.file,
              { line: startLine },
              'a quoted field is never closed; is the file cut short?',
            )
          }
          if (value.length > LIMITS.text) throw this.tooLong(startLine)
          fields.push(value)
          blank = false
          const next = text.charCodeAt(i)
          if (i < n && next !== COMMA && next !== CR && next !== LF) {
            throw new ItmattError(
              this.file,
              { line },
              'text follows a closing quote; a quote inside a quoted field is written twice ("")',
            )
          }
        } else {
          let j = i
          while (j < n) {
            const c = text.charCodeAt(j)
            if (c === COMMA || c === LF || c === CR) break
            j++
          }
          if (j - i > LIMITS.text) throw this.tooLong(startLine)
          if (j > i) blank = false
          fields.push(text.slice(i, j))
          i = j
        }
        if (i >= n) {
          if (!final) return start
          break
        }
        const c = text.charCodeAt(i)
        if (c === COMMA) {
          blank = false
          i++
          continue
        }
        // A CR at the very end may be the first half of a CRLF the next chunk brings.
        if (c === CR && i + 1 >= n && !final) return start
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
        line++
        break
      }
      this.line = line
      if (!blank) this.onRecord(startLine, fields)
    }
    return i
  }
}

interface Column {
  index: number
  ref: FieldRef
}

/** ITMATT CSV rows → items: the header names the columns (core/customs data), rows build items. */
export class ItmattCsvReader {
  private readonly records: CsvRecords
  private readonly builder = new ItemBuilder()
  private columns: Column[] | null = null
  private width = 0
  private contentColumns: Column[] = []
  private itemColumns: Column[] = []
  private current: string | null = null
  private currentLine = 0

  constructor(
    private readonly file: string,
    private readonly onItem: (read: ReadItem) => void,
  ) {
    this.records = new CsvRecords(file, (line, fields) => this.record(line, fields))
  }

  write(text: string): void {
    this.records.write(text)
  }

  end(): void {
    this.records.end()
    if (this.columns === null)
      throw new ItmattError(
        this.file,
        { line: 1 },
        'the file is empty: it needs a header row and one row per content line',
      )
    this.emit()
  }

  private header(line: number, fields: string[]): void {
    const columns: Column[] = []
    const seen = new Map<string, string>()
    fields.forEach((name, index) => {
      const ref = csvColumn(name)
      if (!ref) return
      const key = ref.scope === 'party' ? `${ref.role}.${ref.field}` : `${ref.scope}.${ref.field}`
      const repeatable = ref.scope === 'party' && (ref.field === 'addressLine' || ref.field === 'name')
      if (seen.has(key) && !repeatable) {
        throw new ItmattError(
          this.file,
          { line },
          `two columns give ${key} ("${seen.get(key)}" and "${name}")`,
        )
      }
      seen.set(key, name)
      columns.push({ index, ref })
    })
    if (!columns.some((c) => c.ref.scope === 'item' && c.ref.field === 'itemId')) {
      throw new ItmattError(
        this.file,
        { line },
        `the header has no ItemId column (found: ${fields.join(', ').slice(0, 200)})`,
      )
    }
    this.columns = columns
    this.width = fields.length
    this.contentColumns = columns.filter((c) => c.ref.scope === 'content')
    this.itemColumns = columns.filter(
      (c) => c.ref.scope !== 'content' && !(c.ref.scope === 'item' && c.ref.field === 'itemId'),
    )
  }

  private record(line: number, fields: string[]): void {
    if (this.columns === null) return this.header(line, fields)
    if (fields.length !== this.width) {
      throw new ItmattError(
        this.file,
        { line },
        `${fields.length} fields where the header has ${this.width}; is the line cut short or a comma unquoted?`,
      )
    }
    const idColumn = this.columns.find((c) => c.ref.scope === 'item' && c.ref.field === 'itemId')!
    const id = fields[idColumn.index]!.trim()
    if (id !== this.current) {
      this.emit()
      this.current = id
      this.currentLine = line
      this.builder.reset()
      this.builder.set(idColumn.ref, id)
      for (const c of this.itemColumns) this.builder.set(c.ref, fields[c.index]!)
    }
    if (this.contentColumns.some((c) => fields[c.index]!.trim() !== '')) {
      this.builder.startLine()
      for (const c of this.contentColumns) this.builder.set(c.ref, fields[c.index]!)
      this.builder.endLine()
    }
  }

  private emit(): void {
    if (this.current === null) return
    const raw = this.builder.rawItemId
    const id = itemIdOf(this.file, raw, this.currentLine, null)
    this.onItem({ item: this.builder.finish(id, serviceClass(id)), line: this.currentLine, column: null })
    this.current = null
  }
}
