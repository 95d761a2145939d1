// The station's side of an import thread: where its bundled entry is, what it is started with, what it
// says back, and its errors rebuilt as the station's own (an ItmattError keeps its position).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { StationError, type StationErrorCode } from '../errors'
import { ItmattError, type FilePosition } from './errors'
import type { ImportPart, ItmattSource, ReadResult } from './read'

export const IMPORT_WORKER_FILE = 'itmatt-import.js'

/** What an import thread is started with. */
export interface ImportThreadData {
  source: ItmattSource
  batch: number
  /** Its part of a file read by two threads, or null for the whole source. */
  part: ImportPart | null
  database: { file: string; driver: string; nativeBinding: string | null; synchronous: number }
  /** The station file's write turn (store/write-turn.ts), and this thread's number in it. */
  turn: SharedArrayBuffer
  thread: number
  /** Whether this thread checkpoints the WAL (when the station has no background checkpointer). */
  checkpoints: boolean
}

export type ThreadError =
  | { kind: 'itmatt'; position: FilePosition; problem: string }
  | { kind: 'station'; code: StationErrorCode; message: string }
  | { kind: 'boundary'; message: string }
  | { kind: 'bug'; message: string; stack: string | null }

export type ImportThreadMessage =
  /** A chunk committed: its items, and how many of them already had published advance data. */
  | { type: 'chunk'; items: number; updated: number }
  | { type: 'progress'; bytes: number }
  | { type: 'done'; result: ReadResult }
  | { type: 'error'; error: ThreadError }

/**
 * The bundled import thread beside the running bundle (out/cli, out/main), or where
 * STATION_ITMATT_WORKER says (the test setup builds it from the sources).
 */
export function importWorkerFile(): string {
  const named = process.env.STATION_ITMATT_WORKER
  if (named) return named
  const here = typeof __dirname === 'string' ? join(__dirname, IMPORT_WORKER_FILE) : null
  if (here !== null && existsSync(here)) return here
  throw new StationError(
    'invalid',
    `The ITMATT import thread (${IMPORT_WORKER_FILE}) is missing beside the application; rebuild it with npm run build.`,
  )
}

/** A position the second part reported, counted from its own start, as a position in the file. */
export function inFile(
  p: FilePosition,
  partStart: { line: number; column: number },
  prefixLength: number,
): FilePosition {
  if (p.line === undefined) return p
  if (p.line === 1) {
    return {
      line: partStart.line,
      ...(p.column === undefined ? {} : { column: partStart.column + p.column - prefixLength - 1 }),
    }
  }
  return { ...p, line: partStart.line + p.line - 1 }
}

export function rebuildError(
  file: string,
  e: ThreadError,
  position: (p: FilePosition) => FilePosition = (p) => p,
): Error {
  switch (e.kind) {
    case 'itmatt':
      return new ItmattError(file, position(e.position), e.problem)
    case 'station':
      return new StationError(e.code, e.message)
    case 'boundary':
    case 'bug': {
      const error = new Error(`the ITMATT import thread failed: ${e.message}`)
      if (e.kind === 'bug' && e.stack) error.stack = e.stack
      return error
    }
  }
}

export function startImportThread(
  data: ImportThreadData,
  onMessage: (m: ImportThreadMessage) => void,
  onError: (e: Error) => void,
): Worker {
  const worker = new Worker(importWorkerFile(), {
    workerData: data,
    // A young generation this size lets a chunk's items die young instead of being copied twice.
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
  })
  worker.on('message', onMessage)
  worker.on('error', onError)
  worker.on('exit', (code) => {
    if (code !== 0) onError(new Error(`the ITMATT import thread stopped (exit code ${code})`))
  })
  return worker
}
