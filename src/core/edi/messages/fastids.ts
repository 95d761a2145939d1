// Why this file exists: a 100 000-event RESDIT or EMSEVT names 100 000 identifiers, and the full parsers
// of src/core/ids (which build findings, warnings and fields) dominated decoding. These patterns accept
// only identifiers those parsers find no error in, so a match needs no further check; anything else goes
// to the parser, which says precisely what is wrong. test/core/edi/messages/fastids.test.ts holds them to
// that promise (a pattern may be stricter than its parser, never looser).
import { s10CheckDigit } from '../../ids'

/** S9 with category A–D, dispatch number and receptacle number not zero, indicators 0, 1 or 9. */
export const VALID_S9 = /^[A-Z]{12}[A-D][A-Z0-9]{2}[0-9](?!0000)[0-9]{4}(?!000)[0-9]{3}[019]{2}[0-9]{4}$/

const S10_SHAPE = /^[A-Z]{2}([0-9]{8})([0-9])[A-Z]{2}$/

export function isValidS9(value: string): boolean {
  return VALID_S9.test(value)
}

export function isValidS10(value: string): boolean {
  const m = S10_SHAPE.exec(value)
  return m !== null && s10CheckDigit(m[1] ?? '') === Number(m[2])
}
