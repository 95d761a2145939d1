// What a face hands the station so it can print: each configured printer becomes a ZebraPrinter over the
// transport its address names. Simulated printers (sim:NAME) are kept by name, so the demo, the tests
// and the Labels screen all talk to the same simulated device.
import type { PrinterConfig } from '../../api/printing'
import type { ByteBinding } from '../binding'
import { SimulatedPrinter } from './simulated'
import { createPrinterTransport, parsePrinterUri } from './uri'
import { ZebraPrinter, type ZebraTimeouts } from './zebra'

export interface PrinterConnectorOptions {
  serial?: ByteBinding
  timeouts?: Partial<ZebraTimeouts>
  /** The simulated printers by name; created on first use. */
  simulated?: Map<string, SimulatedPrinter>
}

export function createPrinterConnector(
  options: PrinterConnectorOptions = {},
): (p: PrinterConfig) => ZebraPrinter {
  const simulated = options.simulated ?? new Map<string, SimulatedPrinter>()
  return (printer) => {
    const transport = createPrinterTransport(parsePrinterUri(printer.uri), {
      ...(options.serial ? { serial: options.serial } : {}),
      simulated: (name) => {
        let sim = simulated.get(name)
        if (!sim) {
          sim = new SimulatedPrinter(name)
          simulated.set(name, sim)
        }
        return sim.transport()
      },
    })
    return new ZebraPrinter(transport, options.timeouts)
  }
}
