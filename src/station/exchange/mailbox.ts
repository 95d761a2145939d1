// The station's side of the EDI mailboxes. Partners' files arrive in inbox/<partner>/ (put there by the
// transport agent: POST*Net client, SFTP job…); each is imported whole or quarantined, then moved to
// processed/ or quarantine/ beside it, so nothing is read twice and nothing is lost. Our outgoing files
// wait in outbox/<partner>/ until the agent takes them; a file gone from the outbox is "sent". Item
// events go out as EMSEVT on a schedule. Polling, not fs.watch: network and synced folders miss events.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Station } from '../types'
import { inboxRoot } from './files'

export interface MailboxOptions {
  /** How often the inboxes and outboxes are looked at. */
  pollMs?: number
  /** How often item events go out as EMSEVT; 0 turns the schedule off. */
  emsevtEveryMs?: number
  /** The partner whose outbox receives the scheduled EMSEVT (the post's tracking hub). */
  emsevtPartner?: string
  log?: (line: string) => void
}

export type EdiEncoding = 'utf8' | 'latin1'

/**
 * A partner file's text: UTF-8 when its UNB declares UNOW/UNOY and the bytes are valid UTF-8, Latin-1
 * (every byte a character, so nothing is lost) otherwise. A byte-order mark is kept: the syntax layer
 * decides whether the declaration allows it.
 */
export function decodeEdiBytes(bytes: Buffer): { text: string; encoding: EdiEncoding } {
  // The UNB is at the start (after a UNA and a byte-order mark at most), with any element separator.
  const head = bytes.subarray(0, 512).toString('latin1')
  if (/UNB[^A-Za-z0-9]UNO[WY]/.test(head)) {
    try {
      return {
        text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
        encoding: 'utf8',
      }
    } catch {
      // Not UTF-8 after all: read as Latin-1.
    }
  }
  return { text: bytes.toString('latin1'), encoding: 'latin1' }
}

export class Mailbox {
  private timer: NodeJS.Timeout | null = null
  private lastEmsevt = 0
  private running = false

  constructor(
    private readonly station: Station,
    private readonly dataDir: string,
    private readonly o: MailboxOptions = {},
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.o.pollMs ?? 5000)
    this.timer.unref()
    void this.tick()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  private log(line: string): void {
    ;(this.o.log ?? ((l: string) => console.error(l)))(`Post Station: ${line}`)
  }

  /** One look at every mailbox; exported for tests and for a "check now" button. */
  async tick(): Promise<{ imported: number; quarantined: number; sent: number }> {
    const counts = { imported: 0, quarantined: 0, sent: 0 }
    if (this.running) return counts
    this.running = true
    try {
      this.readInboxes(counts)
      counts.sent = this.station.markSentMessages()
      this.scheduledEmsevt()
    } catch (error) {
      this.log(`the mailboxes could not be read: ${(error as Error).message}`)
    } finally {
      this.running = false
    }
    return counts
  }

  private readInboxes(counts: { imported: number; quarantined: number }): void {
    const root = inboxRoot(this.dataDir)
    if (!existsSync(root)) return
    const session = this.station.defaultSession()
    for (const partner of readdirSync(root)) {
      const dir = join(root, partner)
      if (partner.startsWith('.') || !statSync(dir).isDirectory()) continue
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name)
        // Hidden and temporary names are files still being written by the agent.
        if (name.startsWith('.') || name.endsWith('.tmp') || name.endsWith('.part')) continue
        if (!statSync(path).isFile()) continue
        const content = decodeEdiBytes(readFileSync(path)).text
        const result = this.station.importEdi(session, `${partner}/${name}`, content)
        const target = join(dir, result.applied ? 'processed' : 'quarantine')
        mkdirSync(target, { recursive: true })
        renameSync(path, join(target, name))
        if (result.applied) counts.imported++
        else {
          counts.quarantined++
          this.log(`${partner}/${name} quarantined: ${result.message.reason?.split('\n')[0] ?? ''}`)
        }
      }
    }
  }

  private scheduledEmsevt(): void {
    const every = this.o.emsevtEveryMs ?? 15 * 60_000
    if (every <= 0 || Date.now() - this.lastEmsevt < every) return
    this.lastEmsevt = Date.now()
    const partner = this.o.emsevtPartner ?? 'EMSEVT'
    const last = this.station.lastOutgoing('EMSEVT')
    // The first run sends the day so far; later runs what happened since the last one.
    const since = last ? new Date(last) : new Date(new Date().setHours(0, 0, 0, 0))
    const session = this.station.defaultSession()
    const preview = this.station.countItemEvents(since)
    if (preview === 0) return
    const out = this.station.exportEmsevt(session, since, { outbox: partner })
    this.log(`EMSEVT: ${out.events} item event${out.events === 1 ? '' : 's'} queued for ${partner}`)
  }
}
