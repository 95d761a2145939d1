// Finding "our" device in the OS port list. USB ports change names on replug (ttyACM0 → ttyACM1, COM3 →
// COM7), so the vendor/product/serial number is matched first and the configured path is the fallback.
import type { PortListing } from './binding'

export interface PortMatch {
  vendorId: string | null
  productId: string | null
  serialNumber: string | null
}

const same = (a: string | null, b: string | null) =>
  a === null || (b !== null && a.toLowerCase() === b.toLowerCase())

export function findPort(ports: PortListing[], path: string, match: PortMatch | null): PortListing | null {
  if (match && (match.vendorId || match.productId || match.serialNumber)) {
    const found = ports.find(
      (p) =>
        same(match.vendorId, p.vendorId) &&
        same(match.productId, p.productId) &&
        same(match.serialNumber, p.serialNumber),
    )
    if (found) return found
  }
  return ports.find((p) => p.path === path) ?? null
}
