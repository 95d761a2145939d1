// The in-process transport: the CLI and unit tests call the engine directly, through the same
// validation as the other transports so a command behaves the same from every face.
import type { StationTransport } from './client'
import type { CommandHandlers } from './contract'
import { handleCommand } from './handle'

export interface InProcessTransport extends StationTransport {
  emit(name: string, payload: unknown): void
}

export function createInProcessTransport(handlers: CommandHandlers): InProcessTransport {
  const listeners = new Set<(name: string, payload: unknown) => void>()
  return {
    request: (command, input) => handleCommand(handlers, command, input),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    emit(name, payload) {
      for (const listener of listeners) listener(name, payload)
    },
  }
}
