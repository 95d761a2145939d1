// Failures a transport reports instead of an output. Expected domain failures (a bad barcode) are
// values inside outputs; these are the request-level ones a face must still show a person.
export type ContractErrorCode =
  'unknown_command' | 'bad_request' | 'bad_response' | 'unauthorized' | 'unavailable' | 'internal'

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
