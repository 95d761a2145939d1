// How long a partner may take to confirm a receptacle before the screen lists it as unconfirmed.

export const DEFAULT_HOURS = 24

/** As the contract allows: from 0 hours to a year. */
const MAX_HOURS = 24 * 365

/** Hours as typed ("24", "1,5", "0.5"); null for anything else. */
export function parseHours(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return null
  const value = Number(trimmed.replace(',', '.'))
  return value <= MAX_HOURS ? value : null
}
