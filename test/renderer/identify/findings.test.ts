// The UI's translations against the engine's real findings: every code the engine emits, with the
// parameters it really sends, must come out as a whole sentence in each language.
import { describe, expect, it } from 'vitest'
import { identify } from '../../../src/core/ids'
import type { Finding, Identification } from '../../../src/core/ids/types'
import { LANGUAGES, translator } from '../../../src/renderer/i18n/languages'
import { showChar, translateFinding } from '../../../src/renderer/identify/findings'

/** One input per finding, built from real-looking postal data. */
const CASES: Array<[string, string]> = [
  ['empty', ''],
  ['empty', ']C0'],
  ['length', 'RB12345678GB'],
  ['length', 'HELLO'],
  ['length', 'FRCDGADZALGDAUN4055300601006'],
  ['length', 'FRCDGADZALGDAUN4055'],
  ['unrecognized', '4006381333931'],
  ['characters', 'RB12345678OGB'],
  ['characters', '*RB123456785GB*'],
  ['check_digit', 'RB123456784GB'],
  ['unknown_category', 'FRCDGADZALGDEUN40553'],
  ['receptacle_serial_zero', 'FRCDGADZALGDAUN40553000010061'],
  ['dispatch_number_zero', 'FRCDGADZALGDAUN40000'],
  ['indicator', 'FRCDGADZALGDAUN40553006510061'],
  ['indicator', 'FRCDGADZALGDAUN40553006050061'],
  ['service_reserved', 'DA123456785GB'],
  ['service_unassigned', 'FA123456785GB'],
  ['service_not_assignable', 'JA123456785GB'],
  ['unknown_country', 'RB123456785XX'],
  ['unknown_country', 'XXCDGA'],
  ['unknown_country', 'XXCDGADZALGDAUN40553'],
  ['unknown_country', 'FRCDGAXXALGDAUN40553'],
  ['unknown_office', 'FRZZZA'],
  ['unknown_office', 'FRZZZADZALGDAUN40553'],
  ['unknown_office', 'FRCDGAFRZZZAAUN40553'],
  ['unknown_subclass', 'FRCDGADZALGDAZZ40553'],
  ['same_office', 'FRCDGAFRCDGAAUN40553'],
  ['weight_unknown_heavy', 'FRCDGADZALGDAUN40553006019999'],
  ['weight_zero', 'FRCDGADZALGDAUN40553006010000'],
]

function findingsOf(result: Identification): Finding[] {
  return [...result.errors, ...result.warnings]
}

describe('translateFinding against the engine', () => {
  it.each(CASES)('%s from %j reads as a whole sentence in every language', (code, input) => {
    const result = identify(input)
    const findings = findingsOf(result).filter((f) => f.code === code)
    expect(findings.length, `the engine should report ${code}`).toBeGreaterThan(0)
    for (const finding of findings) {
      for (const language of LANGUAGES) {
        const text = translateFinding(finding, result.kind, translator(language))
        expect(text, `${language}: ${text}`).not.toMatch(/[{}]/)
        // Not the engine's English fallback: the finding was really translated.
        if (language !== 'en') expect(text, `${language}`).not.toBe(finding.message)
      }
    }
  })

  it('names the right digits for a wrong check digit', () => {
    const result = identify('RB123456784GB')
    const finding = result.errors.find((f) => f.code === 'check_digit')!
    expect(translateFinding(finding, 'item', translator('en'))).toBe(
      'Wrong check digit: the code has 4, but serial number 12345678 requires 5.',
    )
    expect(translateFinding(finding, 'item', translator('fr'))).toBe(
      'Chiffre de contrôle erroné : le code porte 4, mais le numéro de série 12345678 exige 5.',
    )
    expect(translateFinding(finding, 'item', translator('es'))).toBe(
      'Dígito de control erróneo: el código lleva 4, pero el número de serie 12345678 exige 5.',
    )
  })

  it('names the field and what it takes for a character out of place', () => {
    const result = identify('RB12345678OGB')
    const finding = result.errors.find((f) => f.code === 'characters')!
    expect(translateFinding(finding, result.kind, translator('en'))).toBe(
      'Character "O" at position 11 is not allowed: the check digit takes digits only.',
    )
    expect(translateFinding(finding, result.kind, translator('es'))).toBe(
      'El carácter "O" en la posición 11 no está permitido: el dígito de control solo admite dígitos.',
    )
  })

  it('tells origin from destination for an unknown office', () => {
    const result = identify('FRZZZADZALGDAUN40553')
    const finding = result.warnings.find((f) => f.code === 'unknown_office')!
    expect(translateFinding(finding, result.kind, translator('fr'))).toBe(
      "Le bureau d'origine FRZZZA ne figure pas dans la liste des codes IMPC de cette station ; vérifiez le code.",
    )
  })
})

describe('translateFinding fallbacks', () => {
  const t = translator('fr')

  it('shows the engine English sentence for a code it does not know', () => {
    expect(translateFinding({ code: 'seal_broken', message: 'The seal is broken.' }, 'receptacle', t)).toBe(
      'The seal is broken.',
    )
  })

  it('shows the engine English sentence when a parameter it needs is missing', () => {
    const finding = { code: 'check_digit', message: 'Check digit is 4.', params: { checkDigit: 4 } }
    expect(translateFinding(finding, 'item', t)).toBe('Check digit is 4.')
  })

  it('shows the engine English sentence for a field name it cannot translate', () => {
    const finding = {
      code: 'characters',
      message: 'Character at position 3 is wrong.',
      params: { char: 'x', position: 3, field: 'postcode', expected: 'digit' },
    }
    expect(translateFinding(finding, 'item', t)).toBe('Character at position 3 is wrong.')
  })

  it('does not mistake an inherited property for a rule', () => {
    expect(translateFinding({ code: 'constructor', message: 'English.' }, 'unknown', t)).toBe('English.')
  })
})

describe('showChar', () => {
  it('shows printable characters as themselves and invisible ones by code point', () => {
    expect(showChar('*')).toBe('"*"')
    expect(showChar('\t')).toBe('U+0009')
    expect(showChar('\u00a0')).toBe('U+00A0')
    expect(showChar('А')).toBe('"А" (U+0410)')
  })
})
