// Where the CLI writes. Passed in so tests run the real commands in-process and read what a person or
// a script would see.
export interface CliIo {
  out(line: string): void
  err(line: string): void
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}

/** Exit codes every `station` command keeps to. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const
