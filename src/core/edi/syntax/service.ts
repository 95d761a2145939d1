// The service characters (UNA): which characters separate components, elements and segments, and which
// one releases them. They are read first because every later step depends on them, and checked because a
// UNA that makes a letter a separator would turn the rest of the file into nonsense without a word.
import type { ServiceChars } from '../types'

/** The default (level A) service characters, in force when there is no UNA: `:+.? '`. */
export const DEFAULT_SERVICE: Readonly<ServiceChars> = Object.freeze({
  component: ':',
  element: '+',
  decimal: '.',
  release: '?',
  repetition: ' ',
  segment: "'",
})

/**
 * Level B defaults (ISO 9735): the information separators IS1/IS3/IS4 and no release character. Used when
 * a file without UNA starts `UNB` + IS3, as UNOB files may.
 */
export const LEVEL_B_SERVICE: Readonly<ServiceChars> = Object.freeze({
  component: '\x1F',
  element: '\x1D',
  decimal: '.',
  release: ' ',
  repetition: ' ',
  segment: '\x1C',
})

/** In UNA, a space in the release or repetition position means "not used". */
export const NOT_USED = ' '

/** UNA positions 1–6 in order, with the name a person knows them by. */
export const UNA_FIELDS: ReadonlyArray<{ key: keyof ServiceChars; name: string }> = [
  { key: 'component', name: 'component data element separator' },
  { key: 'element', name: 'data element separator' },
  { key: 'decimal', name: 'decimal mark' },
  { key: 'release', name: 'release character' },
  { key: 'repetition', name: 'repetition separator' },
  { key: 'segment', name: 'segment terminator' },
]

export function sameService(a: ServiceChars, b: ServiceChars): boolean {
  return UNA_FIELDS.every(({ key }) => a[key] === b[key])
}

export function formatUna(service: ServiceChars): string {
  return `UNA${UNA_FIELDS.map(({ key }) => service[key]).join('')}`
}

/** What is wrong with a set of service characters, each problem with its 1-based UNA position. */
export function serviceProblems(service: ServiceChars): Array<{ position: number; message: string }> {
  const problems: Array<{ position: number; message: string }> = []
  const seen = new Map<string, string>()
  UNA_FIELDS.forEach(({ key, name }, i) => {
    const c = service[key]
    const position = i + 1
    if (typeof c !== 'string' || c.length !== 1) {
      problems.push({ position, message: `the ${name} must be exactly one character` })
      return
    }
    const code = c.charCodeAt(0)
    if (key === 'decimal') {
      if (c !== '.' && c !== ',') {
        problems.push({ position, message: `the decimal mark is ${JSON.stringify(c)}; expected "." or ","` })
      }
      return
    }
    const optional = key === 'release' || key === 'repetition'
    if (c === NOT_USED) {
      if (!optional) problems.push({ position, message: `the ${name} cannot be a space` })
      return
    }
    if (/[A-Za-z0-9]/.test(c)) {
      problems.push({ position, message: `the ${name} is ${JSON.stringify(c)}; letters and digits are data` })
    } else if (code >= 0xd800 && code <= 0xdfff) {
      problems.push({ position, message: `the ${name} must be a single character, not half of a pair` })
    } else if ((c === '\r' || c === '\n') && key !== 'segment') {
      problems.push({ position, message: `the ${name} cannot be a line break` })
    }
    const other = seen.get(c)
    if (other) {
      problems.push({ position, message: `the ${name} ${JSON.stringify(c)} is also the ${other}` })
    }
    seen.set(c, name)
  })
  return problems
}
