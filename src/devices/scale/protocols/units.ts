// Unit conversion happens once, at the edge, so the rest of the app only ever sees kilograms.

const KG_PER_UNIT: Readonly<Record<string, number>> = {
  kg: 1,
  g: 0.001,
  mg: 0.000001,
  t: 1000,
  lb: 0.45359237,
  oz: 0.028349523125,
}

/** A weight number as scales print it: optional sign, digits, optional decimal point. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/

/** Parses `text` in `unit` to kg; null when the number or the unit is not understood. */
export function toKg(text: string, unit: string): number | null {
  const factor = KG_PER_UNIT[unit.toLowerCase()]
  if (factor === undefined || !NUMBER.test(text)) return null
  // Rounded to the milligram so 1.234 g does not become 0.0012340000000000001 kg on screen and in audit.
  const kg = Math.round(Number(text) * factor * 1e6) / 1e6
  return Object.is(kg, -0) ? 0 : kg
}

export function isKnownUnit(unit: string): boolean {
  return KG_PER_UNIT[unit.toLowerCase()] !== undefined
}
