// Entry of the `station` bin. A bug prints its stack and exits 1; expected failures are handled and
// explained by each command.
import { processIo } from './io'
import { runCli } from './program'

const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort())

runCli(process.argv.slice(2), processIo, controller.signal).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // The reader of our output went away (`station events | head`): nothing left to tell anyone.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
      process.exitCode = 1
      return
    }
    process.stderr.write(
      `station: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
