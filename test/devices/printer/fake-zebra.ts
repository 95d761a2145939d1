// A fake Zebra for integration tests: a `net` server on 127.0.0.1 (port 0) speaking raw 9100, and the
// same device logic for a pty (serial, usblp stand-in). It records complete label formats, answers ~HS
// and ~HQES from its mode with its own literal strings (not the product's reply builders), splits every
// reply across two writes, and counts connections so tests can prove none overlap or leak.
import { createServer, type Server, type Socket } from 'node:net'
import type { ZebraTimeouts } from '../../../src/devices/printer/zebra'
import { ZplStream } from '../../../src/devices/printer/zpl-stream'

/** Short timeouts for tests against the fake (a silent printer costs 2 × statusTimeoutMs). */
export const FAST: Partial<ZebraTimeouts> = {
  connectTimeoutMs: 1000,
  statusTimeoutMs: 300,
  writeTimeoutMs: 1000,
  settleMs: 20,
  pollIntervalMs: 20,
  finishTimeoutMs: 3000,
}

export type FakeZebraMode =
  | 'ready'
  | 'paper-out'
  | 'head-open'
  | 'ribbon-out'
  | 'paused'
  /** accepts bytes, never answers */
  | 'silent'
  /** ignores ~HS, answers ~HQES with head open + paused (as some firmware does in error) */
  | 'hs-silent'
  /** cuts the connection as soon as label bytes arrive, recording nothing */
  | 'drop-mid-job'
  /** not listening: ECONNREFUSED */
  | 'refuse'
  /** after each job, reports it in the buffer for `busyPolls` ~HS polls, then empty */
  | 'busy-then-ready'

export interface FakeZebraOptions {
  mode?: FakeZebraMode
  busyPolls?: number
}

const STX = '\x02'
const ETX = '\x03\r\n'

/** The device logic, shared by every connection (TCP or pty). */
export class FakeZebraDevice {
  readonly jobs: string[] = []
  hsQueries = 0
  hqesQueries = 0
  private busy = 0

  constructor(
    public mode: FakeZebraMode = 'ready',
    public busyPolls = 3,
  ) {}

  private hs(): string {
    const m = this.mode
    const busy = this.busy > 0
    if (busy) this.busy--
    const paper = m === 'paper-out' ? 1 : 0
    const head = m === 'head-open' ? 1 : 0
    const ribbon = m === 'ribbon-out' ? 1 : 0
    const paused = paper || head || ribbon || m === 'paused' ? 1 : 0
    return (
      `${STX}030,${paper},${paused},1218,${busy ? '001' : '000'},0,0,0,000,0,0,0${ETX}` +
      `${STX}001,0,${head},${ribbon},1,2,6,0,${busy ? '00000001' : '00000000'},1,000${ETX}` +
      `${STX}1234,0${ETX}`
    )
  }

  private hqes(): string {
    const bits: Partial<Record<FakeZebraMode, string>> = {
      'paper-out': '00010001',
      'head-open': '00010004',
      'hs-silent': '00010004',
      'ribbon-out': '00010002',
      paused: '00010000',
    }
    const errors = bits[this.mode]
    return (
      `${STX}\r\nPRINTER STATUS\r\n   ERRORS:   ${errors ? 1 : 0} 00000000 ${errors ?? '00000000'}\r\n` +
      `   WARNINGS: 0 00000000 00000000\r\n${ETX}`
    )
  }

  /** One connection's parser: bytes in, replies out; `drop` asks the caller to cut the connection. */
  connection(): (chunk: Buffer) => { replies: string[]; drop: boolean } {
    const stream = new ZplStream()
    return (chunk) => {
      if (this.mode === 'drop-mid-job' && chunk.includes('^XA')) return { replies: [], drop: true }
      const replies: string[] = []
      for (const item of stream.push(chunk)) {
        if (item.kind === 'format') {
          this.jobs.push(item.zpl)
          if (this.mode === 'busy-then-ready') this.busy = this.busyPolls
        } else if (item.command === 'HS') {
          this.hsQueries++
          if (this.mode !== 'silent' && this.mode !== 'hs-silent') replies.push(this.hs())
        } else if (item.command === 'HQES') {
          this.hqesQueries++
          if (this.mode !== 'silent') replies.push(this.hqes())
        }
      }
      return { replies, drop: false }
    }
  }
}

export interface FakeZebra {
  host: '127.0.0.1'
  port: number
  /** Complete ^XA…^XZ formats received. */
  jobs: string[]
  device: FakeZebraDevice
  /** `refuse` stops listening; leaving it listens again on the same port. */
  setMode(mode: FakeZebraMode): Promise<void>
  /**
   * open: sockets not yet closed on the server side; active: connected and not yet ended by the client;
   * max: the most active at once; total: accepted so far.
   */
  connections: {
    readonly open: number
    readonly active: number
    readonly max: number
    readonly total: number
  }
  close(): Promise<void>
}

/** A socket's replies in order, each split in two writes 5 ms apart so the client must reassemble. */
function sender(socket: Socket): (text: string) => void {
  let tail = Promise.resolve()
  const write = (part: string) => {
    if (!socket.destroyed) socket.write(part, 'latin1')
  }
  return (text) => {
    const half = Math.ceil(text.length / 2)
    tail = tail.then(async () => {
      write(text.slice(0, half))
      await new Promise((r) => setTimeout(r, 5))
      write(text.slice(half))
    })
  }
}

export async function startFakeZebra(options: FakeZebraOptions = {}): Promise<FakeZebra> {
  const device = new FakeZebraDevice(options.mode ?? 'ready', options.busyPolls ?? 3)
  const sockets = new Set<Socket>()
  const counts = { open: 0, active: 0, max: 0, total: 0 }
  let server: Server | null = null
  let port = 0

  const listen = async () => {
    const s = createServer((socket) => {
      sockets.add(socket)
      counts.open++
      counts.total++
      counts.active++
      counts.max = Math.max(counts.max, counts.active)
      let active = true
      const inactive = () => {
        if (active) counts.active--
        active = false
      }
      const receive = device.connection()
      const send = sender(socket)
      socket.on('data', (chunk: Buffer) => {
        const { replies, drop } = receive(chunk)
        if (drop) socket.destroy()
        else for (const r of replies) send(r)
      })
      socket.on('end', inactive)
      socket.on('error', () => undefined)
      socket.on('close', () => {
        inactive()
        counts.open--
        sockets.delete(socket)
      })
    })
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject)
      s.listen(port, '127.0.0.1', () => resolve())
    })
    const address = s.address()
    if (address && typeof address === 'object') port = address.port
    server = s
  }
  const stop = async () => {
    const s = server
    server = null
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()))
  }

  await listen()
  if (device.mode === 'refuse') await stop()
  return {
    host: '127.0.0.1',
    port,
    jobs: device.jobs,
    device,
    connections: counts,
    setMode: async (mode) => {
      device.mode = mode
      if (mode === 'refuse') {
        const closing = stop()
        for (const s of sockets) s.destroy()
        await closing
      } else if (!server) await listen()
    },
    close: async () => {
      const closing = stop()
      for (const s of sockets) s.destroy()
      await closing
    },
  }
}
