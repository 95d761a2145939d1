// A virtual serial cable: socat links two ptys, the application opens DIR/app and the fake device
// writes to DIR/dev. Killing socat is unplugging the cable; starting it again on the same names is
// plugging it back in.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

export const hasSocat = spawnSync('socat', ['-V']).status === 0

export interface PtyPair {
  app: string
  dev: string
  /** Kills socat and waits until it exited (the links are gone). */
  unplug(): Promise<void>
  /** Starts socat again with the same link names. */
  plug(): Promise<void>
}

function startSocat(app: string, dev: string): Promise<ChildProcess> {
  const child = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${app}`, `pty,raw,echo=0,link=${dev}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let err = ''
    const timer = setTimeout(() => reject(new Error(`socat did not start: ${err}`)), 5000)
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString()
      if (err.includes('starting data transfer loop')) {
        clearTimeout(timer)
        resolve(child)
      }
    })
    child.once('exit', () => reject(new Error(`socat exited: ${err}`)))
  })
}

export async function ptyPair(dir: string, name = 'tty'): Promise<PtyPair & { close(): Promise<void> }> {
  const app = join(dir, `${name}-app`)
  const dev = join(dir, `${name}-dev`)
  let child: ChildProcess | null = await startSocat(app, dev)
  const unplug = async () => {
    const c = child
    child = null
    if (!c || c.exitCode !== null) return
    const exited = new Promise((r) => c.once('exit', r))
    c.kill('SIGTERM')
    await exited
  }
  return {
    app,
    dev,
    unplug,
    plug: async () => {
      child = await startSocat(app, dev)
    },
    close: unplug,
  }
}
