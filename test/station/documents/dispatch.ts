// Dispatch snapshots for the document tests: Roissy to Algiers airmail, as in the real receptacle ids of the
// reference (FRCDGA → DZALGD, subclass UN), sized from one bag to a 100-bag, 20 000-item closing.
import { buildDispatchId, buildReceptacleId, formatS10 } from '../../../src/core/ids'
import type { DispatchDocumentData } from '../../../src/station/documents'

export interface DispatchSize {
  receptacles?: number
  items?: number
  registeredItems?: number
  category?: string
}

export function dispatchData(size: DispatchSize = {}): DispatchDocumentData {
  const { receptacles = 3, items = 240, registeredItems = 4, category = 'A' } = size
  const parts = {
    origin: 'FRCDGA',
    destination: 'DZALGD',
    category,
    subclass: 'UN',
    year: 5,
    dispatchNumber: 553,
  }
  const registeredBags = Math.max(1, Math.ceil(receptacles / 10))
  return {
    dispatchId: buildDispatchId(parts),
    origin: { code: 'FRCDGA', name: 'Roissy courrier international' },
    destination: { code: 'DZALGD', name: 'Alger RP' },
    category,
    subclass: 'UN',
    year: 2025,
    number: 553,
    closedAt: '2025-03-14T18:05:00+01:00',
    transport: [
      {
        carrier: 'Air Algérie',
        number: 'AH1007',
        from: 'CDG',
        to: 'ALG',
        departure: '2025-03-14T21:40:00+01:00',
      },
    ],
    receptacles: Array.from({ length: receptacles }, (_, i) => {
      const serial = i + 1
      const registered = serial <= registeredBags
      const weightKg = 4 + ((serial * 37) % 150) / 10
      return {
        serial,
        id: buildReceptacleId({
          ...parts,
          receptacleSerial: serial,
          highest: serial === receptacles,
          registered,
          weightKg,
        }),
        type: serial % 7 === 0 ? 'Tray' : 'Bag',
        weightKg,
        registered,
        highest: serial === receptacles,
        items: Math.floor(items / receptacles) + (serial <= items % receptacles ? 1 : 0),
      }
    }),
    itemsByClass: [
      { mailClass: 'U', items: items - Math.floor(items / 10) },
      { mailClass: 'E', items: Math.floor(items / 10) },
    ],
    registeredItems: Array.from({ length: registeredItems }, (_, i) =>
      formatS10('RR', String(10_000_000 + i).padStart(8, '0'), 'FR'),
    ),
  }
}
