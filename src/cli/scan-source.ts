// Codes to scan, from the command line or one per line from stdin (a scanner in serial/keyboard mode
// piped in, or a script). Sources push codes synchronously: every code that has arrived is submitted in
// the same turn, so the engine's group commit can take them together. Blank lines are a scanner's stray
// Enter, not a scan.
import { createInterface } from 'node:readline'

/** Calls `submit` for each code; resolves when the input ends or `stop` fires. */
export type CodeSource = (submit: (code: string) => void, stop: AbortSignal) => Promise<void>

export function listedCodes(codes: readonly string[]): CodeSource {
  return async (submit, stop) => {
    for (const code of codes) {
      if (stop.aborted) return
      submit(code)
    }
  }
}

/** Ctrl-C (`interrupt`) ends the reading; the scans already read still finish and are printed. */
export function linesOf(input: NodeJS.ReadableStream, interrupt: AbortSignal): CodeSource {
  return (submit, stop) =>
    new Promise<void>((resolve) => {
      const lines = createInterface({ input, crlfDelay: Infinity, terminal: false })
      const end = () => lines.close()
      interrupt.addEventListener('abort', end, { once: true })
      stop.addEventListener('abort', end, { once: true })
      lines.on('line', (line) => {
        const code = line.trim()
        if (code !== '' && !stop.aborted) submit(code)
      })
      lines.once('close', () => {
        interrupt.removeEventListener('abort', end)
        stop.removeEventListener('abort', end)
        resolve()
      })
      if (interrupt.aborted) end()
    })
}
