// Where the CLI writes and reads. Passed in so tests run the real commands in-process and read what a
// person or a script would see.
import { writeSync } from 'node:fs'

export interface CliIo {
  out(line: string): void
  err(line: string): void
  /** Codes piped in (a scanner, a script); absent where nothing can be read. */
  input?: NodeJS.ReadableStream
}

/**
 * Writes the whole line before returning. A script reads a printed scan outcome as committed, so the
 * line must have left the process before the next scan can be acknowledged, even if the process is
 * killed right after; Node may otherwise still hold it in a stream buffer.
 */
export function writeLineSync(fd: number, line: string): void {
  let rest = Buffer.from(`${line}\n`)
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(fd, rest))
    } catch (error) {
      // A non-blocking pipe that is full: wait for the reader rather than drop the line.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1)
    }
  }
}

export const processIo: CliIo = {
  out: (line) => writeLineSync(1, line),
  err: (line) => writeLineSync(2, line),
  // Only touched by a command that reads: opening stdin early would change how the terminal behaves.
  get input() {
    return process.stdin
  },
}

/** Exit codes every `station` command keeps to. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const
