// A virtual serial cable for the device bench: socat links two ptys; the station's scanner opens one
// end and the bench, playing the scanner, writes into the other.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

export interface VirtualCable {
  app: string
  dev: string
  close(): Promise<void>
}

export function startVirtualCable(dir: string): Promise<VirtualCable> {
  const app = join(dir, 'scanner-app')
  const dev = join(dir, 'scanner-dev')
  const child: ChildProcess = spawn(
    'socat',
    ['-d', '-d', `pty,raw,echo=0,link=${app}`, `pty,raw,echo=0,link=${dev}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    await exited
  }
  return new Promise((resolve, reject) => {
    let err = ''
    child.once('error', (e) => reject(new Error(`socat cannot run: ${e.message}`)))
    child.once('exit', () => reject(new Error(`socat exited: ${err.trim()}`)))
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString()
      if (err.includes('starting data transfer loop')) resolve({ app, dev, close })
    })
  })
}
