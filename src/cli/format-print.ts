// Printers and print outcomes in the words the CLI prints, and the parsers of printer options.
import { InvalidArgumentError } from 'commander'
import type { Printer, PrinterCondition } from '../api/printing'
import { describeCondition, formatPrinterUri, parsePrinterUri } from '../devices/printer'

/** `--printer URI`: checked and written the one way the station stores it (tcp:HOST → tcp:HOST:9100). */
export function printerUri(value: string): string {
  try {
    return formatPrinterUri(parsePrinterUri(value))
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message)
  }
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** A printer's condition as a sentence: "The printer is out of paper". */
export function conditionWords(condition: PrinterCondition): string {
  return condition.state === 'unknown' ? 'Not checked yet' : describeCondition(condition)
}

/** One printer on one line: id, name, address, resolution, default, condition. */
export function printerLine(p: Printer): string {
  const name = p.name === p.uri ? '' : ` (${p.name})`
  return `${p.id}${name}  ${p.uri}  ${p.dpi} dpi${p.isDefault ? '  default' : ''}  — ${conditionWords(p.condition)}`
}
