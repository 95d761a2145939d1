import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toWinAnsi } from '../../../src/station/documents'

// What Helvetica can draw in a PDF: WinAnsiEncoding (Windows-1252).
const WIN_ANSI = /^[\x20-\x7e\xa0-\xffŒœŠšŸŽžƒˆ˜–—‘’‚“”„†‡•…‰‹›€™]*$/

describe('toWinAnsi', () => {
  it('leaves ASCII, Latin-1 and the Windows-1252 extras alone', () => {
    expect(toWinAnsi('Roissy courrier international')).toBe('Roissy courrier international')
    expect(toWinAnsi('Zürich-Mülligen, Genève, Señor, Straße')).toBe('Zürich-Mülligen, Genève, Señor, Straße')
    expect(toWinAnsi('Letter bill — 12 € “ok”')).toBe('Letter bill — 12 € “ok”')
  })

  it('drops marks Helvetica lacks and spells out the letters that have none', () => {
    expect(toWinAnsi('Łódź')).toBe('Lódz')
    expect(toWinAnsi('București')).toBe('Bucuresti')
    expect(toWinAnsi('Hà Nội')).toBe('Hà Noi')
    expect(toWinAnsi('Gdańsk Đakovo')).toBe('Gdansk Dakovo')
  })

  it('transliterates Cyrillic and Greek', () => {
    expect(toWinAnsi('Москва-Внуково')).toBe('Moskva-Vnukovo')
    expect(toWinAnsi('Щёлково Йошкар-Ола')).toBe('Shchelkovo Yoshkar-Ola')
    expect(toWinAnsi('Αθήνα')).toBe('Athina')
  })

  it('replaces what it cannot spell with one "?" per character', () => {
    expect(toWinAnsi('北京 EMS')).toBe('?? EMS')
    expect(toWinAnsi('الجزائر')).toBe('???????')
    expect(toWinAnsi('📦 bag')).toBe('? bag')
  })

  it('composes decomposed accents and turns control characters into nothing or spaces', () => {
    expect(toWinAnsi('Gene\u0300ve')).toBe('Genève')
    expect(toWinAnsi('Alger\tRP\u0007')).toBe('Alger RP')
  })

  it('never returns a character Helvetica cannot draw', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => WIN_ANSI.test(toWinAnsi(s))))
  })
})
