import { classify } from './classify'
import { parseOfficeCode } from './impc'
import { normalizeCode } from './normalize'
import { parseItemId } from './s10'
import { parseDispatchId } from './s8'
import { parseReceptacleId } from './s9'
import type { Finding, IdKind, Identification, Reading } from './types'
import { strayCharacters, unrecognizedFinding } from './unrecognized'

export { formatS10 } from './s10'
export { buildDispatchId } from './s8'
export { buildReceptacleId } from './s9'

type AnyReading = Reading<Identification['fields']>

const PARSERS: Record<Exclude<IdKind, 'unknown'>, (normalized: string) => AnyReading> = {
  item: parseItemId,
  dispatch: parseDispatchId,
  receptacle: parseReceptacleId,
  office: parseOfficeCode,
}

function failed(...errors: Finding[]): AnyReading {
  return { fields: {}, errors, warnings: [] }
}

function emptyFinding(symbology: string | null): Finding {
  return symbology === null
    ? { code: 'empty', message: 'No identifier: the input is empty or holds only spaces.' }
    : {
        code: 'empty',
        message: `No identifier: the scan holds only the symbology prefix ${symbology}.`,
        params: { symbology },
      }
}

function read(normalized: string, symbology: string | null): { kind: IdKind; reading: AnyReading } {
  if (normalized === '') return { kind: 'unknown', reading: failed(emptyFinding(symbology)) }
  const kind = classify(normalized)
  if (kind !== 'unknown') return { kind, reading: PARSERS[kind](normalized) }
  const strays = strayCharacters(normalized)
  if (strays) return { kind: strays.kind, reading: failed(...strays.errors) }
  return { kind: 'unknown', reading: failed(unrecognizedFinding(normalized)) }
}

/** Normalises scanned or typed text, works out which UPU identifier it is, and checks it. */
export function identify(raw: string): Identification {
  const { normalized, symbology } = normalizeCode(raw)
  const { kind, reading } = read(normalized, symbology)
  return {
    input: raw,
    normalized,
    kind,
    valid: reading.errors.length === 0,
    errors: reading.errors,
    warnings: reading.warnings,
    fields: reading.fields,
    symbology,
  }
}
