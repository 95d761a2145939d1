// Where the office of exchange's files live in the data folder. EDI is exchanged as files in mailbox
// folders, as posts do today: each partner has an outbox (we write, their transport agent takes) and an
// inbox (their files arrive; we import and move them to processed/ or quarantine/). Documents are kept
// per dispatch. Every write goes to a temporary name first and is renamed, so a reader never sees half.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

export function documentsDir(dataDir: string, subject: string): string {
  return join(dataDir, 'documents', subject)
}

export function outboxDir(dataDir: string, partner: string): string {
  return join(dataDir, 'outbox', partner)
}

export function inboxRoot(dataDir: string): string {
  return join(dataDir, 'inbox')
}

export function inboxDir(dataDir: string, partner: string): string {
  return join(inboxRoot(dataDir), partner)
}

/** Writes the file whole or not at all (temporary file, fsync, rename). */
export function writeFileAtomic(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  const fd = openSync(tmp, 'w')
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'latin1') : data)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, path)
}

/** A file name that is safe on every file system: letters, digits, dot, dash, underscore. */
export function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, '_')
}
