// The scale protocols: pure byte-level parsers, no I/O. The device manager writes poll() on its timer
// and passes every received chunk to feed().
import { createCasProtocol } from './cas'
import { createSicsProtocol } from './sics'
import { createToledo8217Protocol } from './toledo8217'
import { type ScaleProtocol, type ScaleProtocolKind } from './types'

export type { ScaleFrame, ScaleProtocol, ScaleProtocolKind } from './types'
export { CAS_FORMAT } from './cas'
export { TOLEDO_8217 } from './toledo8217'
export { MAX_LINE } from './lines'

export function createScaleProtocol(kind: ScaleProtocolKind): ScaleProtocol {
  switch (kind) {
    case 'sics':
      return createSicsProtocol()
    case 'toledo8217':
      return createToledo8217Protocol()
    case 'cas':
      return createCasProtocol()
  }
}
