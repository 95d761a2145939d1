// Runs the real `station` commands in-process on temporary data folders, and the postal data the CLI
// tests talk about.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterEach } from 'vitest'
import { formatS10 } from '../../src/core/ids'
import { runCli } from '../../src/cli/program'

/** Roissy, sending to Chicago. */
export const ORIGIN = 'FRCDGA'
export const CHICAGO = 'USORDA'

export const registered = (n: number): string => formatS10('RR', String(n).padStart(8, '0'), 'FR')
export const letter = (n: number): string => formatS10('UA', String(n).padStart(8, '0'), 'FR')
export const parcel = (n: number): string => formatS10('CP', String(n).padStart(8, '0'), 'FR')

export interface Run {
  code: number
  out: string[]
  err: string[]
  json(): Array<Record<string, unknown>>
}

export async function station(argv: string[], input?: string | Readable): Promise<Run> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    input: typeof input === 'string' ? Readable.from([input]) : input,
  })
  return { code, out, err, json: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) }
}

const folders: string[] = []
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'station-cli-'))
  folders.push(dir)
  return dir
}

export function writeFile(dir: string, name: string, text: string): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

/** A data folder with the office set up; returns its path. */
export async function initialised(): Promise<string> {
  const data = join(tempDir(), 'station')
  const r = await station(['init', '--data', data, '--office', ORIGIN, '--name', 'Roissy CDG'])
  if (r.code !== 0) throw new Error(`station init failed: ${r.err.join('\n')}`)
  return data
}

/** Opens a letter receptacle (A/UN) to Chicago; `extra` adds options such as --json or --operator. */
export async function openToChicago(data: string, ...extra: string[]): Promise<Run> {
  return station([
    'receptacle',
    'open',
    '--data',
    data,
    '--to',
    CHICAGO,
    '--category',
    'A',
    '--subclass',
    'UN',
    ...extra,
  ])
}
