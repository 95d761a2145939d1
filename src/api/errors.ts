// Failures a transport reports instead of an output. Expected domain failures (a bad barcode) are
// values inside outputs; these are the request-level ones a face must still show a person.
export type ContractErrorCode =
  | 'unknown_command'
  | 'bad_request'
  | 'bad_response'
  | 'unauthorized'
  /** Signed in, but this operator's role may not do this (e.g. a worker undoing a scan). */
  | 'forbidden'
  | 'unavailable'
  | 'internal'

export interface ContractFailure {
  code: ContractErrorCode
  message: string
}

export class ContractError extends Error {
  readonly code: ContractErrorCode
  constructor(code: ContractErrorCode, message: string) {
    super(message)
    this.name = 'ContractError'
    this.code = code
  }
  toFailure(): ContractFailure {
    return { code: this.code, message: this.message }
  }
}
