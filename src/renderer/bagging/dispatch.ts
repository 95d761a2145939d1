// Numbers a worker reads off a receptacle: the dispatch number is the last four digits of the S8 id,
// shown on its own because that is the number people write on forms and say aloud.
import { parseDispatchId } from '../../core/ids'

/** The dispatch number of a well-formed S8 id, or null: a wrong number on screen is worse than none. */
export function dispatchNumber(s8: string): number | null {
  const reading = parseDispatchId(s8)
  if (reading.errors.length > 0 || !('dispatchNumber' in reading.fields)) return null
  return reading.fields.dispatchNumber
}
