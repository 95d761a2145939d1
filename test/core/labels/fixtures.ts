// Postal data that looks like the real thing, shared by the label tests, and a fake rasteriser that draws a
// black bar where a font engine would draw the text.
import { buildReceptacleId } from '../../../src/core/ids'
import type {
  Cn23Declaration,
  CustomsDeclaration,
  ItemLabelData,
  LabelGraphic,
  ReceptacleLabelData,
  TextRasteriser,
} from '../../../src/core/labels'

/** FRCDGA → USJFKA airmail letters, dispatch 123 of 2025, the last bag, registered, 12.5 kg. */
export const RECEPTACLE: ReceptacleLabelData = {
  receptacleId: buildReceptacleId({
    origin: 'FRCDGA',
    destination: 'USJFKA',
    category: 'A',
    subclass: 'UN',
    year: 5,
    dispatchNumber: 123,
    receptacleSerial: 1,
    highest: true,
    registered: true,
    weightKg: 12.5,
  }),
  weightKg: 12.5,
  transport: { carrier: 'Air France', transportNumber: 'AF0012', departureDate: '2025-06-01' },
}

export const CN22: CustomsDeclaration = {
  operator: 'La Poste',
  category: 'sale_of_goods',
  contents: [
    {
      quantity: 2,
      description: 'Cotton T-shirts, printed',
      netWeightKg: 0.4,
      value: 25,
      hsCode: '610910',
      originCountry: 'PT',
    },
    {
      quantity: 1,
      description: 'Paperback book',
      netWeightKg: 0.35,
      value: 12.5,
      hsCode: '490199',
      originCountry: 'FR',
    },
  ],
  currency: 'EUR',
  totalGrossWeightKg: 0.82,
  signature: { name: 'Camille Martin', date: '2025-06-01' },
}

export const ITEM: ItemLabelData = {
  itemId: 'RR123456785FR',
  header: { operator: 'La Poste', product: 'Registered Packet' },
  sender: {
    name: 'Camille Martin',
    lines: ['Boutique Les Ateliers', '12 rue de la Paix'],
    postcode: '75002',
    city: 'PARIS',
    country: 'FR',
    phone: '+33 1 23 45 67 89',
  },
  addressee: {
    name: 'Jordan Smith',
    lines: ['Apt 4B', '350 Fifth Avenue'],
    postcode: 'NY 10118',
    city: 'NEW YORK',
    country: 'US',
    phone: '+1 212 555 0100',
  },
  customs: CN22,
}

export const CN23: Cn23Declaration = {
  ...CN22,
  category: 'commercial_sample',
  explanation: 'Samples for a trade fair, to be returned',
  contents: [
    ...CN22.contents,
    {
      quantity: 3,
      description: 'Silver rings with semi-precious stones',
      netWeightKg: 0.06,
      value: 450,
      hsCode: '711311',
      originCountry: 'FR',
    },
  ],
  totalGrossWeightKg: 1.1,
  itemId: 'CP987654326FR',
  sender: ITEM.sender,
  addressee: ITEM.addressee,
  senderReference: 'BLA-2025-0042',
  importerReference: 'EIN 12-3456789',
  importerContact: 'imports@example.com',
  postalCharges: 38.9,
  comments: 'No batteries, no liquids',
  licenceNumbers: 'EX-2025-117',
  certificateNumbers: 'EUR.1 A 123456',
  invoiceNumber: 'INV-88213',
  officeOfOrigin: 'Paris Louvre',
  dateOfPosting: '2025-06-01',
}

/** A black bar half as wide as tall per character: stands in for text drawn by a font engine. */
export function blackBar(width: number, height: number): LabelGraphic {
  const rowBytes = Math.ceil(width / 8)
  // ACS: `!` fills the first row with ones, `:` repeats the row above.
  return { width, height, rowBytes, totalBytes: rowBytes * height, data: `!${':'.repeat(height - 1)}` }
}

export const fakeRasteriser: TextRasteriser = (text, heightDots) =>
  blackBar(Math.max(8, Math.round((Array.from(text).length * heightDots) / 2)), heightDots)
