// What every scale protocol turns bytes into. A frame is one complete answer of the scale; the device
// manager decides which readings count (stable ones) — protocols only report what the scale said.

export type ScaleProtocolKind = 'sics' | 'toledo8217' | 'cas'

export type ScaleFrame =
  | { type: 'weight'; kg: number; stable: boolean; raw: string }
  /** `reason` is shown to the person at the bagging station as is. */
  | { type: 'error'; reason: string; raw: string }

export interface ScaleProtocol {
  readonly kind: ScaleProtocolKind
  /** The request to write on every poll; null when the scale talks on its own (continuous output). */
  poll(): Buffer | null
  /** Bytes as they arrived, split anywhere. Returns the frames completed by this chunk, in order. */
  feed(chunk: Buffer): ScaleFrame[]
}
