// Expected failures of the engine: each carries a sentence a person at the screen can act on. Faces map
// the code to their own error vocabulary (handlers.ts: ContractError); anything else thrown is a bug.
export type StationErrorCode =
  | 'not_initialized'
  | 'already_initialized'
  | 'newer_database'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'invalid'
  | 'conflict'

export class StationError extends Error {
  readonly code: StationErrorCode
  constructor(code: StationErrorCode, message: string) {
    super(message)
    this.name = 'StationError'
    this.code = code
  }
}

/** A manifest line the import refused; nothing of the file was written. */
export class ImportError extends StationError {
  /** 1-based line of the file, as an editor shows it (the CSV header is line 1). */
  readonly line: number
  constructor(line: number, message: string) {
    super('invalid', message)
    this.name = 'ImportError'
    this.line = line
  }
}
