// AIM symbology identifiers (ISO/IEC 15424): `]` + code character + modifier before the data, e.g.
// `]C0` Code 128, `]A0` Code 39. They let the station refuse a code read from the wrong symbology (an
// EAN on a parcel's retail packaging instead of its S10 label).

const AIM = /^\][A-Za-z][0-9A-Za-z]/

export interface AimSplit {
  symbology: string | null
  data: string
}

export function splitAim(text: string): AimSplit {
  return AIM.test(text)
    ? { symbology: text.slice(0, 3), data: text.slice(3) }
    : { symbology: null, data: text }
}

/** Null when accepted; otherwise the reason a person reads. An empty accept list accepts anything. */
export function symbologyRefusal(symbology: string | null, accept: readonly string[]): string | null {
  if (accept.length === 0) return null
  if (symbology === null)
    return `The code came without an AIM symbology identifier; this scanner accepts only ${accept.join(', ')}.`
  if (accept.includes(symbology)) return null
  return `Symbology ${symbology} is not accepted here (accepted: ${accept.join(', ')}).`
}
