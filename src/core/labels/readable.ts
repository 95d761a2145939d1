// Human-readable forms printed beside the barcodes and in the boxes: people read and key identifiers in groups,
// and read weights and amounts with a fixed number of decimals.
import { countryName } from '../codelists'

function groups(id: string, widths: readonly number[]): string {
  const out: string[] = []
  let at = 0
  for (const width of widths) {
    out.push(id.slice(at, at + width))
    at += width
  }
  return out.join(' ')
}

/** `RR 123 456 785 GB`: service indicator, serial in threes with the check digit last, country. */
export function groupS10(itemId: string): string {
  return groups(itemId, [2, 3, 3, 3, 2])
}

/**
 * `FRCDGA USJFKA A UN 5 0123 001 1 0 0125`: origin, destination, category, subclass, year, dispatch number,
 * receptacle number, highest-receptacle indicator, registered indicator, weight.
 */
export function groupS9(receptacleId: string): string {
  return groups(receptacleId, [6, 6, 1, 2, 1, 4, 3, 1, 1, 4])
}

/** `12.5 kg` style: a weight rounded to the given decimals. */
export function formatKg(kg: number, decimals: number): string {
  return `${kg.toFixed(decimals)} kg`
}

/** Amount with two decimals. */
export function formatAmount(amount: number): string {
  return amount.toFixed(2)
}

/** The country line of an address: the name in capitals for a known ISO code, otherwise the text as given. */
export function countryLine(country: string): string {
  return countryName(country)?.toUpperCase() ?? country
}
