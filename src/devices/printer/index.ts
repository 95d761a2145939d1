// Zebra label printers: status parsing, transports (TCP 9100, serial, /dev/usb/lp*, simulated) and the
// printer that refuses to print unless ready and never claims a label printed without the printer's word.
export {
  parseHostStatus,
  parseHostStatusFrames,
  StxEtxCollector,
  type HostStatus,
  type PrintMode,
  type SerialSettings,
} from './status'
export {
  parseHqes,
  hqesWarningWords,
  HQES_ERROR_BITS,
  HQES_WARNING_BITS,
  type HqesBit,
  type HqesStatus,
  type HqesErrorName,
  type HqesWarningName,
} from './hqes'
export { conditionOf, describeCondition, type PrinterCondition } from './condition'
export type { PrinterLink, PrinterTransport } from './transport'
export { TcpTransport, type TcpOptions } from './tcp'
export { SerialTransport, type SerialPrinterOptions } from './serial'
export { UsbLpTransport, type UsbLpOptions } from './usblp'
export {
  SimulatedPrinter,
  hostStatusReply,
  hqesReply,
  type SimulatedCondition,
  type SimulatedMode,
  type SimulatedPrinterOptions,
} from './simulated'
export { ZplStream, type ZplItem } from './zpl-stream'
export {
  parsePrinterUri,
  formatPrinterUri,
  createPrinterTransport,
  DEFAULT_TCP_PORT,
  type PrinterUri,
  type TransportDeps,
} from './uri'
export {
  ZebraPrinter,
  DEFAULT_ZEBRA_TIMEOUTS,
  type PrinterStatus,
  type PrintResult,
  type ZebraTimeouts,
} from './zebra'
export { createPrinterConnector, type PrinterConnectorOptions } from './connector'
