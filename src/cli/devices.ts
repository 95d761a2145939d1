// `station devices`: what is plugged in — serial ports and HID POS scanners — with the reason when a
// list cannot be had (no udevadm, no HID permission), so a technician knows what to fix.
import type { Command } from 'commander'
import { listPorts, nodeHidDevices, serialBinding } from '../devices'
import { printJson, type CommandContext } from './context'
import { EXIT } from './io'

export function registerDevices(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('devices')
    .description('list serial ports and HID POS scanners (usage page 0x8C) connected to this machine')
    .option('--json', 'one JSON object: { ports, problems }')
    .action(async (options: { json?: boolean }) => {
      const { ports, problems } = await listPorts({ serial: serialBinding, hid: nodeHidDevices })
      if (options.json) printJson(io, { ports, problems })
      else {
        if (ports.length === 0) io.out('No serial ports or HID scanners found.')
        for (const p of ports) {
          const ids = p.vendorId ? ` ${p.vendorId}:${p.productId ?? '????'}` : ''
          const serial = p.serialNumber ? ` serial ${p.serialNumber}` : ''
          const name = [p.manufacturer, p.product].filter(Boolean).join(' ')
          io.out(`${p.transport.padEnd(6)} ${p.path}${ids}${serial}${name ? ` (${name})` : ''}`)
        }
        for (const problem of problems) io.err(`station devices: ${problem}`)
      }
      setExit(EXIT.ok)
    })
}
