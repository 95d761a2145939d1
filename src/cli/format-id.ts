// How `station id` shows identifications to a person at a terminal: one block per code, the verdict
// first, then the fields in words.
import type { Identification } from '../core/ids'
import { countryName, impcOffice, mailCategory, mailClass, mailSubclass } from '../core/codelists'

const KIND_LABEL: Record<Identification['kind'], string> = {
  item: 'item (S10)',
  dispatch: 'dispatch (S8)',
  receptacle: 'receptacle (S9)',
  office: 'office of exchange (IMPC)',
  unknown: 'not recognised',
}

function yesNo(value: boolean | null): string {
  return value === null ? 'not given' : value ? 'yes' : 'no'
}

function office(code: string): string {
  const name = impcOffice(code)?.name
  return name ? `${code} (${name})` : code
}

function fieldLines(result: Identification): Array<[string, string]> {
  const f = result.fields as Record<string, unknown>
  // Fields are empty when the structure could not be read (wrong length, bad characters).
  if (Object.keys(f).length === 0) return []
  switch (result.kind) {
    case 'item':
      return [
        [
          'service',
          `${String(f.serviceIndicator)} ${f.service ? `— ${String(f.service)}` : '— no assigned meaning'}`,
        ],
        ['serial', String(f.serial)],
        ['check digit', String(f.checkDigit)],
        [
          'country',
          `${String(f.country)}${countryName(String(f.country)) ? ` (${countryName(String(f.country))})` : ''}`,
        ],
      ]
    case 'dispatch':
    case 'receptacle': {
      const lines: Array<[string, string]> = [
        ['origin', office(String(f.origin))],
        ['destination', office(String(f.destination))],
        [
          'category',
          `${String(f.category)}${mailCategory(String(f.category)) ? ` — ${mailCategory(String(f.category))?.name.en}` : ''}`,
        ],
        [
          'subclass',
          `${String(f.subclass)}${mailSubclass(String(f.subclass)) ? ` — ${mailSubclass(String(f.subclass))?.name.en}` : ''}`,
        ],
        [
          'mail class',
          `${String(f.mailClass)}${mailClass(String(f.mailClass)) ? ` — ${mailClass(String(f.mailClass))?.name.en}` : ''}`,
        ],
        ['year', String(f.year)],
        ['dispatch number', String(f.dispatchNumber)],
      ]
      if (result.kind === 'receptacle') {
        lines.push(
          ['receptacle', String(f.receptacleSerial)],
          ['last receptacle', yesNo(f.highest as boolean | null)],
          ['registered/insured', yesNo(f.registered as boolean | null)],
          ['weight', `${Number(f.weightKg).toFixed(1)} kg`],
        )
      }
      return lines
    }
    case 'office':
      return [
        [
          'country',
          `${String(f.country)}${countryName(String(f.country)) ? ` (${countryName(String(f.country))})` : ''}`,
        ],
        ['location', String(f.location)],
        ['name', f.name ? String(f.name) : 'not in the IMPC code list'],
      ]
    case 'unknown':
      return []
  }
}

export function formatIdentification(result: Identification): string[] {
  const verdict = !result.valid ? 'NOT VALID' : result.warnings.length ? 'valid, with warnings' : 'valid'
  const shown =
    result.input === ''
      ? '(empty)'
      : JSON.stringify(result.input) === `"${result.input}"`
        ? result.input
        : JSON.stringify(result.input)
  const lines = [`${shown}  →  ${KIND_LABEL[result.kind]}: ${verdict}`]
  if (result.normalized && result.normalized !== result.input)
    lines.push(`    read as             ${result.normalized}`)
  for (const [label, value] of fieldLines(result)) lines.push(`    ${label.padEnd(20)}${value}`)
  for (const error of result.errors) lines.push(`    ERROR               ${error.message}`)
  for (const warning of result.warnings) lines.push(`    warning             ${warning.message}`)
  return lines
}

/** The JSON line of the CLI's contract: exactly the documented keys, in a stable order. */
export function identificationJson(result: Identification): string {
  const finding = ({ code, message }: { code: string; message: string }) => ({ code, message })
  return JSON.stringify({
    input: result.input,
    normalized: result.normalized,
    kind: result.kind,
    valid: result.valid,
    errors: result.errors.map(finding),
    warnings: result.warnings.map(finding),
    fields: result.fields,
  })
}
