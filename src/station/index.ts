// The station engine: the SQLite manifest, the scan loop and the bagging services behind one interface.
export type {
  CloseRequest,
  DestinationPolicy,
  Dispatch,
  Durability,
  Receptacle,
  Role,
  ScanResult,
  StationEvent,
  ImportOptions,
  ImportSummary,
  InitOptions,
  NewOperator,
  Office,
  OpenOptions,
  OpenRequest,
  Operator,
  ReceptacleContents,
  ScanRequest,
  Session,
  Station,
  StationEventName,
  StationListener,
} from './types'
export { ImportError, StationError, type StationErrorCode } from './errors'
export { initStation } from './init'
export { openStation } from './open'
export { useSqliteDriver } from './store/connection'
export { createStationHandlers, type StationHandlerOptions, type StationSlot } from './handlers'
export { Mailbox, decodeEdiBytes, type MailboxOptions } from './exchange/mailbox'
