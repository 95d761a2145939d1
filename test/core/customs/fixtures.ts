// A well-declared ITMATT item (a sale of goods from Paris to New York), and a way to spoil one field.
import type { AdvanceItem, ContentLine, Party } from '../../../src/core/customs'

export const ITEM_ID = 'CP123456785FR'

export function sender(over: Partial<Party> = {}): Party {
  return {
    name: 'Boutique Lumière',
    addressLines: ['12 rue de la Paix'],
    postcode: '75002',
    city: 'Paris',
    country: 'FR',
    phone: '+33140000000',
    email: 'shop@example.fr',
    taxId: 'FR40303265045',
    ...over,
  }
}

export function addressee(over: Partial<Party> = {}): Party {
  return {
    name: 'Jane Doe',
    addressLines: ['350 Fifth Avenue'],
    postcode: '10118',
    city: 'New York',
    country: 'US',
    phone: null,
    email: 'jane@example.com',
    taxId: null,
    ...over,
  }
}

export function line(over: Partial<ContentLine> = {}): ContentLine {
  return {
    description: 'Cotton T-shirt',
    quantity: 2,
    netWeightKg: 0.4,
    value: 30,
    currency: 'EUR',
    hsCode: '610910',
    originCountry: 'FR',
    ...over,
  }
}

export function goodItem(over: Partial<AdvanceItem> = {}): AdvanceItem {
  return {
    itemId: ITEM_ID,
    mailClass: 'C',
    category: 'sale_of_goods',
    gift: false,
    totalValue: 45,
    currency: 'EUR',
    totalWeightKg: 1.25,
    postalCharges: 12.5,
    postalChargesCurrency: 'EUR',
    originCountry: 'FR',
    destinationCountry: 'US',
    sender: sender(),
    addressee: addressee(),
    lines: [
      line(),
      line({
        description: 'Leather wallet',
        quantity: 1,
        netWeightKg: 0.2,
        value: 15,
        hsCode: '420231',
        originCountry: 'IT',
      }),
    ],
    unreadable: [],
    ...over,
  }
}
