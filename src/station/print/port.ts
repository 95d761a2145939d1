// What the station needs from a label printer, declared here so the engine never imports a driver: the
// face (serve, the desktop main process, the CLI) connects each configured printer through src/devices.
import type { PrinterCondition, PrinterConfig } from '../../api/printing'

/**
 * `not-sent`: nothing reached the printer; the queue retries once the fault is cleared. `uncertain`: the
 * label may or may not be on paper; only a person can say, so the queue never resends it by itself.
 */
export type PrintOutcome =
  | { outcome: 'printed' }
  | { outcome: 'not-sent'; condition: PrinterCondition; reason: string }
  | { outcome: 'uncertain'; reason: string; condition?: PrinterCondition }

export interface LabelPrinterPort {
  print(zpl: string): Promise<PrintOutcome>
  status(): Promise<{ condition: PrinterCondition }>
}

/** Builds the port for a configured printer; throws (in words) when its address cannot be used. */
export type PrinterConnector = (printer: PrinterConfig) => LabelPrinterPort
