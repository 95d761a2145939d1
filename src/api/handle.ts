// The server side of every transport: check the command name, validate the input, run the handler,
// validate the output. IPC (main), WebSocket (server) and in-process (CLI) all go through here, so the
// three faces cannot drift in what they accept.
import { type z } from 'zod'
import { commands, isCommandName, type CommandHandlers, type CommandName } from './contract'
import { ContractError, type ContractFailure } from './errors'

export type Outcome = { ok: true; output: unknown } | { ok: false; error: ContractFailure }

export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ')
}

export async function handleCommand(
  handlers: CommandHandlers,
  command: unknown,
  rawInput: unknown,
): Promise<Outcome> {
  if (!isCommandName(command)) {
    return { ok: false, error: { code: 'unknown_command', message: `Unknown command: ${String(command)}` } }
  }
  const spec = commands[command]
  const input = spec.input.safeParse(rawInput ?? {})
  if (!input.success) {
    return {
      ok: false,
      error: { code: 'bad_request', message: `${command}: ${describeZodError(input.error)}` },
    }
  }
  try {
    const handler = handlers[command] as (input: unknown) => Promise<unknown>
    const output = spec.output.safeParse(await handler(input.data))
    if (!output.success) {
      // The engine broke its own contract: a bug, reported loudly rather than passed on half-formed.
      return {
        ok: false,
        error: { code: 'bad_response', message: `${command}: ${describeZodError(output.error)}` },
      }
    }
    return { ok: true, output: output.data }
  } catch (error) {
    if (error instanceof ContractError) return { ok: false, error: error.toFailure() }
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'internal', message: `${command} failed: ${message}` } }
  }
}

/** Validates an output received from another process before a face trusts it. */
export function parseOutput<N extends CommandName>(
  command: N,
  raw: unknown,
): z.output<(typeof commands)[N]['output']> {
  const parsed = commands[command].output.safeParse(raw)
  if (!parsed.success) {
    throw new ContractError('bad_response', `${command}: ${describeZodError(parsed.error)}`)
  }
  return parsed.data as z.output<(typeof commands)[N]['output']>
}
