// A file the ITMATT import refused, with where: line and column for what the XML or CSV reader saw,
// the byte offset for bytes that are not text in the file's encoding. Nothing of the file was written.
import { StationError } from '../errors'

export interface FilePosition {
  /** 1-based, as an editor shows it. */
  line?: number
  /** 1-based. */
  column?: number
  /** 0-based offset from the first byte of the file. */
  byte?: number
}

export function positionText(p: FilePosition): string {
  if (p.line !== undefined) return p.column === undefined ? `${p.line}` : `${p.line}:${p.column}`
  if (p.byte !== undefined) return `byte ${p.byte}`
  return ''
}

export class ItmattError extends StationError {
  readonly position: FilePosition
  /** The problem alone, without the file and position the message starts with. */
  readonly problem: string
  constructor(file: string, position: FilePosition, problem: string) {
    const where = positionText(position)
    super('invalid', `${file}${where === '' ? '' : `:${where}`}: ${problem}`)
    this.name = 'ItmattError'
    this.position = position
    this.problem = problem
  }
}
