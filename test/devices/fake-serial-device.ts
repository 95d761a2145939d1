// The device end of a socat cable, opened with the real serialport library: a fake scanner or scale
// that writes bytes (split where the test says) and records what the application wrote back.
import { SerialPort } from 'serialport'

export interface FakeSerialDevice {
  write(bytes: Buffer | string): Promise<void>
  received(): Buffer
  onData(listener: (chunk: Buffer) => void): void
  close(): Promise<void>
}

export async function openFakeDevice(path: string): Promise<FakeSerialDevice> {
  const port = new SerialPort({ path, baudRate: 9600, autoOpen: false })
  await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())))
  const chunks: Buffer[] = []
  port.on('data', (c: Buffer) => chunks.push(c))
  port.on('error', () => undefined)
  return {
    write: (bytes) =>
      new Promise((resolve, reject) =>
        port.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes, (e) =>
          e ? reject(e) : port.drain(() => resolve()),
        ),
      ),
    received: () => Buffer.concat(chunks),
    onData: (listener) => port.on('data', listener),
    close: () => new Promise((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())),
  }
}
