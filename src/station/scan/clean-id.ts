// Most scans and manifest lines carry an S10 id exactly as printed. Recognising those directly saves the
// general identify() (normalisation, classification, findings) on the hot path; anything else still
// goes through identify() for its explanation.
import { s10CheckDigit } from '../../core/ids'

const S10 = /^[A-Z]{2}[0-9]{9}[A-Z]{2}$/

/** The id itself when `code` is already a normalised, valid S10 item identifier; otherwise null. */
export function cleanItemId(code: string): string | null {
  return S10.test(code) && s10CheckDigit(code.slice(2, 10)) === code.charCodeAt(10) - 48 ? code : null
}
