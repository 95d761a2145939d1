// The S9 and S10 barcodes, written out in full so that the symbol width is known before printing: a 29-character
// S9 must fit a 4-inch label with its quiet zones, which decides the module width.
//
// Everything is encoded in subset B, with the start code written explicitly (`>:`), and no subset switches.
// Switching to subset C for the digits (`>5`) would make an S9 a fifth shorter, but the offline renderer used
// for previews (zpl-renderer-js, a build of zebrash) mis-reads `>5`, so the preview would not show what prints;
// printer automatic mode (`^BC…,A`) is avoided for the same reason: the renderer encodes the `>:` as data.
// In subset B an S9 still fits at 0.25 mm modules at both resolutions.
import { escapeFieldData } from './escape'

/** Light margin each side of the symbol, in modules (ISO/IEC 15417). */
export const CODE128_QUIET_ZONE_MODULES = 10

/** Modules per symbol character; the stop character has 13. */
const SYMBOL_MODULES = 11
const STOP_MODULES = 13
const START_B = '>:'

/** A Code 128 symbol as written in a `^BC` field. */
export interface Code128Symbol {
  /** The `^FD` data for use after `^FH_`: start code and escaped characters. */
  fieldData: string
  /** Symbol characters, start and check character included, stop excluded. */
  symbolCount: number
  /** Width of the symbol in modules, quiet zones excluded. */
  modules: number
}

// Printable ASCII without `>`, which would start an invocation code. A `^FH` escape does not help there: hex
// escapes are decoded before invocation codes are read, so `_3E` still acts as `>` (seen in the renderer too).
const ENCODABLE = /^[\x20-\x3d\x3f-\x7e]+$/

/**
 * Code 128 field data for ZPL `^BC` in mode N: start code B, then the data with `^`, `~`, `_` and `\` as hex
 * escapes. Throws on data that subset B cannot carry, or that contains `>`; S9 and S10 identifiers never do.
 */
export function code128Symbol(data: string): Code128Symbol {
  if (!ENCODABLE.test(data)) {
    throw new RangeError(`Code 128 data must be printable ASCII without ">", got ${JSON.stringify(data)}`)
  }
  const symbolCount = 1 + data.length + 1
  return {
    fieldData: `${START_B}${escapeFieldData(data)}`,
    symbolCount,
    modules: symbolCount * SYMBOL_MODULES + STOP_MODULES,
  }
}
