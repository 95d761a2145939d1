// ITMATT files as posts send them, written by hand or generated, and what the tests count in the
// station's tables to prove an import wrote everything or nothing.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatS10 } from '../../../src/core/ids'
import type { Station } from '../../../src/station'
import { sqlite, tempDir } from '../fixtures'

export const parcelId = (n: number): string => formatS10('CP', String(n).padStart(8, '0'), 'FR')
export const emsId = (n: number): string => formatS10('EE', String(n).padStart(8, '0'), 'FR')
export const registeredId = (n: number): string => formatS10('RR', String(n).padStart(8, '0'), 'FR')

export interface XmlItemOptions {
  id: string
  description?: string
  hs?: string | null
  category?: string
  country?: string
  value?: number
  mailClass?: string
}

/** One <Item> as the simplified ITMATT XML of UPU.md 7.1 has it. */
export function xmlItem(o: XmlItemOptions): string {
  const value = o.value ?? 45
  const hs = o.hs === undefined ? '610910' : o.hs
  return `  <Item>
    <ItemId>${o.id}</ItemId>
    <MailClass>${o.mailClass ?? 'C'}</MailClass>
    <Category>${o.category ?? 'sale_of_goods'}</Category>
    <Gift>false</Gift>
    <TotalWeight>1.25</TotalWeight>
    <TotalValue>${value}</TotalValue>
    <Currency>EUR</Currency>
    <OriginCountry>FR</OriginCountry>
    <ContentPiece>
      <Description>${o.description ?? 'Cotton T-shirt'}</Description>
      <NumberOfPieces>2</NumberOfPieces>
      <Weight>0.4</Weight>
      <Value>${value}</Value>
      <Currency>EUR</Currency>${hs === null ? '' : `\n      <HSCode>${hs}</HSCode>`}
      <OriginCountry>FR</OriginCountry>
    </ContentPiece>
    <SenderAddress>
      <Name>Boutique Lumière</Name>
      <Street>12 rue de la Paix</Street>
      <Postcode>75002</Postcode>
      <City>Paris</City>
      <Country>FR</Country>
    </SenderAddress>
    <SenderContactInformation><Email>shop@example.fr</Email></SenderContactInformation>
    <ReceiverAddress>
      <Name>Jane Doe</Name>
      <Street>350 Fifth Avenue</Street>
      <Postcode>10118</Postcode>
      <City>New York</City>
      <Country>${o.country ?? 'US'}</Country>
    </ReceiverAddress>
    <ReceiverContactInformation><Phone>+12125550100</Phone></ReceiverContactInformation>
  </Item>
`
}

export function itmattXml(
  items: XmlItemOptions[],
  head = '<?xml version="1.0" encoding="UTF-8"?>\n',
): string {
  return `${head}<ITMATT>\n${items.map(xmlItem).join('')}</ITMATT>\n`
}

/** `count` well-declared parcels from `from`, as XML text. */
export function manyItems(count: number, from = 1, extra: Partial<XmlItemOptions> = {}): XmlItemOptions[] {
  return Array.from({ length: count }, (_, i) => ({ id: parcelId(from + i), ...extra }))
}

export function writeItmatt(name: string, content: string | Buffer): string {
  const file = join(tempDir(), name)
  writeFileSync(file, content)
  return file
}

/** Rows of the advance tables, every batch whatever its state. */
export function advanceRows(station: Station): { batches: number; items: number; lines: number } {
  const db = sqlite(station)
  const count = (table: string) => db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get()!
  return { batches: count('advance_batch'), items: count('advance_item'), lines: count('advance_line') }
}

export const NOTHING = { batches: 0, items: 0, lines: 0 }
