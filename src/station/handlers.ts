// The engine's implementation of the contract. Faces reach it only through `handleCommand`, so every
// input here is already validated.
import type { CommandHandlers } from '../api'
import { identify } from '../core/ids'
import { codeListSummaries } from '../core/codelists'

export interface StationHandlerOptions {
  engine: 'desktop' | 'server' | 'cli'
  version: string
  dataDir: string | null
}

export function createStationHandlers(options: StationHandlerOptions): CommandHandlers {
  return {
    'app.info': async () => ({
      product: 'Post Station',
      version: options.version,
      engine: options.engine,
      dataDir: options.dataDir,
      codeLists: codeListSummaries(),
    }),
    'ids.identify': async ({ codes }) => ({ results: codes.map((code) => identify(code)) }),
  }
}
