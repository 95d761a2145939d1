// The reading half of an ITMATT import: bytes → text → items → data-quality assessment → the rows of one
// chunk transaction. It runs in the import's own thread (import-worker.ts), so a million-item file never
// holds the station's event loop: scans are decided while it reads. A large XML file is read by two
// threads, each a part of it (ImportPart): the second starts at an <Item> start tag, wrapped in its root
// element; the first ends there and proves, by closing its root right there, that the boundary was
// between two items. If not, the boundary was wrong and the file is read again by one thread.
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs'
import { assess, DESTINATION_RULES, ruleFor } from '../../core/customs'
import { StationError } from '../errors'
import { ItmattCsvReader } from './csv'
import { ByteDecoder, declaredEncoding, type TextEncoding } from './decode'
import type { FilePosition } from './errors'
import { ReportCounter, type CounterState } from './report'
import { itemRow, type ItemRow } from './store'
import { ItmattXmlReader, type ReadItem } from './xml'

/** Items per write transaction: a few milliseconds of lock, so a scan waits at most that long. */
export const CHUNK_ITEMS = 1000
/** Characters of a text source handed to the reader at a time. */
const TEXT_SLICE = 1 << 18
const READ_BYTES = 1 << 18

export interface ItmattSource {
  /** The file's name as the person knows it: in the report, the log and every error. */
  name: string
  /** A file to stream (the CLI), or… */
  path?: string
  /** …its text (the screens). */
  content?: string
  format?: 'xml' | 'csv'
}

/** A byte range of an XML file read by one of two threads. */
export interface ImportPart {
  /** First byte (0 for the first part). */
  start: number
  /** Byte after the last, or null to the end of the file. */
  end: number | null
  /** The encoding the file's head declares (the second part never sees the head). */
  encoding: TextEncoding
  /** Text read before the bytes: the root's start tag, for the second part. */
  prefix: string
  /** Text read after the bytes: the root's end tag, for the first part. A problem there = a bad boundary. */
  suffix: string
}

/** Office-level rules need each item's office from the manifest; without any, no item is looked up. */
export const OFFICE_RULES = DESTINATION_RULES.some((r) => r.destinations.some((d) => d.length === 6))

/** One chunk transaction's worth of items. */
export interface ReadChunk {
  rows: ItemRow[]
  ids: string[]
  where: FilePosition[]
}

export interface ReadSink {
  /** Writes a full chunk (in the reading thread, synchronously). */
  chunk(chunk: ReadChunk): void
  progress(bytes: number): void
}

export interface ReadResult {
  items: number
  bytes: number
  counter: CounterState
  /** The first part only: where its bytes ended (the second part's positions are counted from there). */
  endsAt: { line: number; column: number } | null
}

/** Thrown when the first part's end was not between two items: the file must be read by one thread. */
export class BoundaryRejected extends Error {
  constructor(why: string) {
    super(`the two-part boundary was not between two items: ${why}`)
    this.name = 'BoundaryRejected'
  }
}

export function formatOf(source: ItmattSource, start: string): 'xml' | 'csv' {
  if (source.format) return source.format
  const name = source.name.toLowerCase()
  if (name.endsWith('.xml')) return 'xml'
  if (name.endsWith('.csv')) return 'csv'
  return /^\uFEFF?\s*</.test(start) ? 'xml' : 'csv'
}

/** The first bytes of a file, as latin1 (enough to tell XML from CSV), '' when it cannot be read. */
export function firstBytes(path: string, length = 256): string {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return ''
  }
  try {
    const head = Buffer.alloc(length)
    return head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('latin1')
  } finally {
    closeSync(fd)
  }
}

/** The format of a source, decided before its first chunk is read. */
export function sourceFormat(source: ItmattSource): 'xml' | 'csv' {
  const start = source.path !== undefined ? firstBytes(source.path) : (source.content ?? '').slice(0, 256)
  return formatOf(source, start)
}

export class ItmattReadPipeline {
  private bytes = 0
  private items = 0
  private pending: ReadChunk = { rows: [], ids: [], where: [] }
  private readonly counter = new ReportCounter()
  private readonly format: 'xml' | 'csv'
  private endsAt: ReadResult['endsAt'] = null

  constructor(
    private readonly source: ItmattSource,
    private readonly batch: number,
    private readonly sink: ReadSink,
    /** An item's destination office from the manifest, for office-level rules (OFFICE_RULES). */
    private readonly officeOf: (itemId: string) => string | null = () => null,
    private readonly part: ImportPart | null = null,
  ) {
    this.format = part ? 'xml' : sourceFormat(source)
  }

  async run(): Promise<ReadResult> {
    if (this.source.path !== undefined) await this.readFile(this.source.path)
    else this.readText(this.source.content ?? '')
    if (this.pending.rows.length > 0) this.sink.chunk(this.pending)
    return { items: this.items, bytes: this.bytes, counter: this.counter.state(), endsAt: this.endsAt }
  }

  private reader(): ItmattXmlReader | ItmattCsvReader {
    const onItem = (read: ReadItem) => this.assess(read)
    return this.format === 'xml'
      ? new ItmattXmlReader(this.source.name, onItem)
      : new ItmattCsvReader(this.source.name, onItem)
  }

  private async readFile(path: string): Promise<void> {
    try {
      statSync(path)
    } catch (error) {
      throw new StationError(
        'not_found',
        `${this.source.name}: cannot read the file (${(error as Error).message}).`,
      )
    }
    const part = this.part
    const reader = this.reader()
    const decoder = new ByteDecoder(
      this.source.name,
      this.format,
      part && part.start > 0 ? { encoding: part.encoding, offset: part.start } : undefined,
    )
    if (part) reader.write(part.prefix)
    const range =
      part === null ? {} : { start: part.start, ...(part.end === null ? {} : { end: part.end - 1 }) }
    const stream = createReadStream(path, { highWaterMark: READ_BYTES, ...range })
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        this.bytes += chunk.length
        reader.write(decoder.push(chunk))
        this.sink.progress(this.bytes)
      }
    } finally {
      stream.destroy()
    }
    reader.write(decoder.end())
    if (part && part.suffix !== '') this.closeFirstPart(reader as ItmattXmlReader, part.suffix)
    else reader.end()
  }

  /** The first part ends where the second starts: closing the root right there must be well-formed. */
  private closeFirstPart(reader: ItmattXmlReader, suffix: string): void {
    this.endsAt = reader.at
    try {
      reader.write(suffix)
      reader.end()
    } catch (error) {
      throw new BoundaryRejected((error as Error).message)
    }
  }

  private readText(text: string): void {
    if (this.format === 'xml') declaredEncoding(this.source.name, text.replace(/^\uFEFF/, '').slice(0, 512))
    const reader = this.reader()
    for (let at = 0; at < text.length; at += TEXT_SLICE) {
      const slice = text.slice(at, at + TEXT_SLICE)
      this.bytes += slice.length
      reader.write(slice)
      this.sink.progress(this.bytes)
    }
    reader.end()
  }

  /**
   * Each item as it is read: its destination's rules, its status and findings, its row. Only the rows
   * wait for the chunk, so the item objects die young.
   */
  private assess(read: ReadItem): void {
    const { item } = read
    const office = OFFICE_RULES ? this.officeOf(item.itemId) : null
    const assessment = assess(item, ruleFor(item.destinationCountry, office))
    const chunk = this.pending
    chunk.rows.push(itemRow(this.batch, item, assessment))
    chunk.ids.push(item.itemId)
    chunk.where.push(read.column === null ? { line: read.line } : { line: read.line, column: read.column })
    this.counter.add(item.itemId, assessment)
    this.items++
    if (chunk.rows.length === CHUNK_ITEMS) {
      this.pending = { rows: [], ids: [], where: [] }
      this.sink.chunk(chunk)
    }
  }
}
