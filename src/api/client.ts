// What every face holds: the same typed client whether the engine is in this process, behind IPC or
// behind a WebSocket. Transports implement `StationTransport`; `createStationClient` adds the types and
// validates what comes back.
import type { CommandInput, CommandName, CommandOutput, EventName, EventPayload } from './contract'
import { ContractError, type ContractFailure } from './errors'
import { parseOutput, type Outcome } from './handle'

export interface StationTransport {
  /** Sends one command; resolves with the outcome, rejects only when the transport itself failed. */
  request(command: string, input: unknown): Promise<Outcome>
  /** Subscribes to pushed events; returns the unsubscribe function. */
  subscribe(listener: (name: string, payload: unknown) => void): () => void
}

export interface StationClient {
  invoke<N extends CommandName>(command: N, input: CommandInput<N>): Promise<CommandOutput<N>>
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void
}

export function createStationClient(transport: StationTransport): StationClient {
  return {
    async invoke(command, input) {
      const outcome = await transport.request(command, input)
      if (!outcome.ok) throw failureToError(outcome.error)
      return parseOutput(command, outcome.output)
    },
    on(name, listener) {
      return transport.subscribe((eventName, payload) => {
        if (eventName === name) listener(payload as never)
      })
    },
  }
}

function failureToError(failure: ContractFailure): ContractError {
  return new ContractError(failure.code, failure.message)
}
