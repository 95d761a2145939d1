// What is plugged in: serial ports from the OS list and HID POS scanners (usage page 0x8C). Either list
// can fail (no udevadm in a minimal container, no hidraw permission); that is reported as a problem a
// person can act on, never as an empty list or a crash.
import type { PortInfo } from '../api/devices'
import type { ByteBinding } from './binding'
import { messageOf } from './errors'

/** HID POS barcode scanners declare this usage page. */
export const HID_POS_USAGE_PAGE = 0x8c

export interface HidListing {
  path?: string
  vendorId: number
  productId: number
  serialNumber?: string
  manufacturer?: string
  product?: string
  usagePage?: number
}

export interface PortSources {
  serial: ByteBinding
  hid: () => Promise<HidListing[]>
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0')

export async function nodeHidDevices(): Promise<HidListing[]> {
  // Loaded on demand: a machine without a working HID library still lists its serial ports.
  const hid = await import('node-hid')
  return hid.devicesAsync()
}

export async function listPorts(sources: PortSources): Promise<{ ports: PortInfo[]; problems: string[] }> {
  const ports: PortInfo[] = []
  const problems: string[] = []
  try {
    for (const p of await sources.serial.list()) ports.push({ transport: 'serial', ...p })
  } catch (error) {
    const message = messageOf(error)
    problems.push(
      /udevadm|ENOENT/i.test(message)
        ? `Serial ports cannot be listed: udevadm is missing (install udev). Ports can still be given by path. (${message})`
        : `Serial ports cannot be listed: ${message}. Ports can still be given by path.`,
    )
  }
  try {
    for (const d of await sources.hid()) {
      if (d.usagePage !== HID_POS_USAGE_PAGE) continue
      ports.push({
        transport: 'hid',
        path: d.path ?? `${hex4(d.vendorId)}:${hex4(d.productId)}`,
        vendorId: hex4(d.vendorId),
        productId: hex4(d.productId),
        serialNumber: d.serialNumber || null,
        manufacturer: d.manufacturer || null,
        product: d.product || null,
      })
    }
  } catch (error) {
    problems.push(`HID scanners cannot be listed: ${messageOf(error)}`)
  }
  return { ports, problems }
}
