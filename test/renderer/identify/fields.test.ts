import { describe, expect, it } from 'vitest'
import { identify } from '../../../src/core/ids'
import { translator, type Language } from '../../../src/renderer/i18n/languages'
import { describeFields } from '../../../src/renderer/identify/fields'

/** Rows as "label: code text", with the locale's no-break spaces made plain for comparison. */
function rows(code: string, language: Language): string[] {
  return describeFields(identify(code), language, translator(language)).map((row) =>
    `${row.label}: ${[row.code, row.text].filter((part) => part !== null).join(' ')}`.replace(
      /[\u00a0\u202f]/g,
      ' ',
    ),
  )
}

describe('describeFields', () => {
  it('reads the real Roissy → Algiers receptacle in words', () => {
    expect(rows('FRCDGADZALGDAUN40553006010061', 'en')).toEqual([
      'Origin office of exchange: FRCDGA Roissy courrier international',
      'Destination office of exchange: DZALGD Alger CTNI lettres (LC)',
      'Mail category: A Priority mail or airmail',
      'Mail subclass: UN Letter post, ordinary (mixed)',
      'Mail class: U Letter post',
      'Year (last digit): 4',
      'Dispatch number: 553',
      'Receptacle number: 6',
      'Last receptacle of the dispatch: No',
      'Registered or insured items: Yes',
      'Gross weight: 6.1 kg',
    ])
  })

  it('speaks French and Spanish, numbers included', () => {
    const fr = rows('FRCDGADZALGDAUN40553006010061', 'fr')
    expect(fr).toContain('Catégorie de courrier: A Courrier prioritaire ou par avion')
    expect(fr).toContain('Dernier récipient de la dépêche: Non')
    expect(fr).toContain('Poids brut: 6,1 kg')
    const es = rows('FRCDGADZALGDAUN40553006010061', 'es')
    expect(es).toContain('Envíos certificados o asegurados: Sí')
    expect(es).toContain('Peso bruto: 6,1 kg')
  })

  it('says "not given" for indicator 9 and "over 999.8 kg" for weight 9999', () => {
    const en = rows('USORDADZALGDAUN30050001999999', 'en')
    expect(en).toContain('Last receptacle of the dispatch: Not given')
    expect(en).toContain('Registered or insured items: Not given')
    expect(en).toContain('Gross weight: over 999.8 kg')
    expect(rows('USORDADZALGDAUN30050001999999', 'fr')).toContain('Poids brut: plus de 999,8 kg')
  })

  it('reads an item with its service and the country named in the language', () => {
    expect(rows('RB123456785GB', 'en')).toEqual([
      'Service: RB Letter post, registered',
      'Serial number: 12345678',
      'Check digit: 5',
      'Country: GB United Kingdom',
    ])
    expect(rows('RB123456785GB', 'fr')).toContain('Pays: GB Royaume-Uni')
    expect(rows('RB123456785GB', 'es')).toContain('País: GB Reino Unido')
  })

  it('gives no country name for a code that is not a country, rather than echoing the code', () => {
    expect(rows('RB123456785XX', 'en')).toContain('Country: XX')
  })

  it('tells an office missing from the list from one listed without a name', () => {
    expect(rows('AEDXBADZAAEDACN45001', 'en')).toContain(
      'Destination office of exchange: DZAAED name not known',
    )
    expect(rows('AEDXBAFRZZZAACN45001', 'en')).toContain(
      'Destination office of exchange: FRZZZA not in the IMPC code list',
    )
    expect(rows('FRZZZA', 'es')).toContain('Nombre de la oficina: no figura en la lista de códigos IMPC')
  })

  it('shows no fields for an identifier the engine could not read', () => {
    expect(describeFields(identify('RB12345678GB'), 'en', translator('en'))).toEqual([])
    expect(describeFields(identify('HELLO'), 'en', translator('en'))).toEqual([])
  })
})
