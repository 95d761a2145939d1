// The ITMATT import bench: a generated file of N items (parties, one or two content lines, a realistic
// share of data-quality problems) imported through the engine while a scan is submitted every few
// milliseconds, against better-sqlite3 inserting the same rows in one transaction. The engine side
// streams, parses, checks every rule, writes in chunk transactions and lets the scans in between.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { assess, ruleFor, type AdvanceItem } from '../../core/customs'
import { formatS10 } from '../../core/ids'
import { AdvanceStore } from '../advance/store'
import { initStation } from '../init'
import { openStation } from '../open'
import { databaseFile } from '../store/connection'
import { percentile, round } from './stats'

export interface ItmattImportBench {
  bench: 'itmatt-import'
  items: number
  bytes: number
  ms: number
  itemsPerSec: number
  /** better-sqlite3 inserting the same item and line rows in one transaction. */
  rawMs: number
  ratio: number
  /** Scans submitted while the import ran (at scanRatePerSec), and how long they took to commit. */
  scanRatePerSec: number
  scans: number
  scanP99Ms: number
  scanMaxMs: number
}

const ORIGIN = 'FRCDGA'
const DESCRIPTIONS = ['Cotton T-shirt', 'Leather wallet', 'Ceramic mug', 'Paperback novel', 'Wool scarf']
const HS = ['610910', '420231', '691200', '490199', '611710']

/** Item n of the bench file: a parcel to the US, every 20th with a vague description and no HS code. */
export function benchAdvanceItem(n: number): AdvanceItem {
  const vague = n % 20 === 0
  const lines = Array.from({ length: 1 + (n % 3 === 0 ? 1 : 0) }, (_, k) => {
    const d = (n + k) % DESCRIPTIONS.length
    return {
      description: vague ? 'gift' : DESCRIPTIONS[d]!,
      quantity: 1 + k,
      netWeightKg: 0.2,
      value: 15 + 5 * d,
      currency: 'EUR',
      hsCode: vague ? null : HS[d]!,
      originCountry: 'FR',
    }
  })
  return {
    itemId: formatS10('CP', String(n).padStart(8, '0'), 'FR'),
    mailClass: 'C',
    category: 'sale_of_goods',
    gift: false,
    totalValue: lines.reduce((sum, l) => sum + l.value, 0),
    currency: 'EUR',
    totalWeightKg: 0.8,
    postalCharges: 12.5,
    postalChargesCurrency: 'EUR',
    originCountry: 'FR',
    destinationCountry: 'US',
    sender: {
      name: 'Boutique Lumière',
      addressLines: ['12 rue de la Paix'],
      postcode: '75002',
      city: 'Paris',
      country: 'FR',
      phone: '+33140000000',
      email: 'shop@example.fr',
      taxId: null,
    },
    addressee: {
      name: `Customer ${n}`,
      addressLines: [`${100 + (n % 900)} Fifth Avenue`],
      postcode: '10118',
      city: 'New York',
      country: 'US',
      phone: null,
      email: null,
      taxId: null,
    },
    lines,
    unreadable: [],
  }
}

function xmlOf(item: AdvanceItem): string {
  const s = item.sender
  const a = item.addressee
  const party = (p: typeof s, tag: string) =>
    `<${tag}Address><Name>${p.name}</Name><Street>${p.addressLines[0]}</Street><Postcode>${p.postcode}</Postcode>` +
    `<City>${p.city}</City><Country>${p.country}</Country></${tag}Address>` +
    (p.phone
      ? `<${tag}ContactInformation><Phone>${p.phone}</Phone><Email>${p.email}</Email></${tag}ContactInformation>`
      : '')
  const lines = item.lines
    .map(
      (l) =>
        `<ContentPiece><Description>${l.description}</Description><NumberOfPieces>${l.quantity}</NumberOfPieces>` +
        `<Weight>${l.netWeightKg}</Weight><Value>${l.value}</Value><Currency>${l.currency}</Currency>` +
        (l.hsCode ? `<HSCode>${l.hsCode}</HSCode>` : '') +
        `<OriginCountry>${l.originCountry}</OriginCountry></ContentPiece>`,
    )
    .join('')
  return (
    `<Item><ItemId>${item.itemId}</ItemId><MailClass>C</MailClass><Category>sale_of_goods</Category>` +
    `<Gift>false</Gift><TotalWeight>${item.totalWeightKg}</TotalWeight><TotalValue>${item.totalValue}</TotalValue>` +
    `<Currency>EUR</Currency><TransportCosts>${item.postalCharges}</TransportCosts>` +
    `<TransportCurrency>EUR</TransportCurrency><OriginCountry>FR</OriginCountry>` +
    `${lines}${party(s, 'Sender')}${party(a, 'Receiver')}</Item>\n`
  )
}

/** Writes the bench file; returns its size in bytes. */
export function writeBenchItmatt(file: string, items: number, from = 0): number {
  const fd = openSync(file, 'w')
  let bytes = 0
  const put = (text: string) => {
    const buf = Buffer.from(text, 'utf8')
    writeSync(fd, buf)
    bytes += buf.length
  }
  try {
    put('<?xml version="1.0" encoding="UTF-8"?>\n<ITMATT>\n')
    let block: string[] = []
    for (let n = from; n < from + items; n++) {
      block.push(xmlOf(benchAdvanceItem(n)))
      if (block.length === 5000) {
        put(block.join(''))
        block = []
      }
    }
    put(`${block.join('')}</ITMATT>\n`)
  } finally {
    closeSync(fd)
  }
  return bytes
}

/** The raw side: the same rows, one transaction, nothing but inserts timed. */
function rawInsert(file: string, items: number): number {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  const store = new AdvanceStore(db)
  let ms = 0
  try {
    const batch = store.createBatch('raw.xml', 'xml', 'bench', new Date().toISOString())
    db.exec('BEGIN IMMEDIATE')
    const SLICE = 10_000
    for (let start = 0; start < items; start += SLICE) {
      const slice: Array<[AdvanceItem, ReturnType<typeof assess>]> = []
      for (let n = start; n < Math.min(items, start + SLICE); n++) {
        const item = benchAdvanceItem(n)
        slice.push([item, assess(item, ruleFor(item.destinationCountry))])
      }
      const t = performance.now()
      for (const [item, a] of slice) store.writeItem(batch, item, a)
      ms += performance.now() - t
    }
    const t = performance.now()
    db.exec('COMMIT')
    ms += performance.now() - t
  } finally {
    db.close()
  }
  return ms
}

/**
 * Scans per second committed while the file imports: a busy bagging station's scanners (a person
 * scans one or two items a second), with room to spare.
 */
export const DEFAULT_SCAN_RATE = 20

export async function benchItmatt(
  items: number,
  progress: (message: string) => void = () => {},
  scanRatePerSec = DEFAULT_SCAN_RATE,
): Promise<ItmattImportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'station-itmatt-bench-'))
  try {
    const file = join(dir, 'itmatt.xml')
    progress(`itmatt: writing a ${items}-item ITMATT file`)
    const bytes = writeBenchItmatt(file, items)
    const rawDir = join(dir, 'raw')
    initStation(rawDir, { impc: ORIGIN, name: 'Raw' })
    progress('itmatt: raw inserts of the same rows')
    const rawMs = rawInsert(databaseFile(rawDir), items)

    const dataDir = join(dir, 'station')
    initStation(dataDir, { impc: ORIGIN, name: 'Bench' })
    const station = openStation({ dataDir })
    try {
      const by = station.defaultSession()
      const { receptacle } = station.openReceptacle(by, {
        destination: 'USORDA',
        category: 'A',
        subclass: 'UN',
      })
      progress(`itmatt: importing ${(bytes / 1e6).toFixed(0)} MB through the engine while scanning`)
      const latencies: number[] = []
      let scanning = true
      let n = 0
      // Paced against the clock, so the rate holds whatever each scan waited.
      const scanLoop = (async () => {
        const start = performance.now()
        while (scanning) {
          const code = formatS10('UA', String(++n).padStart(8, '0'), 'FR')
          const t = performance.now()
          await station.scan(by, { code, receptacle: receptacle.handle })
          latencies.push(performance.now() - t)
          const wait = start + (n * 1000) / scanRatePerSec - performance.now()
          await new Promise((r) => setTimeout(r, Math.max(0, wait)))
        }
      })()
      const started = performance.now()
      const report = await station.importItmatt(by, { name: 'itmatt.xml', path: file })
      const ms = performance.now() - started
      scanning = false
      await scanLoop
      if (report.items !== items) throw new Error(`bench: ${report.items} of ${items} items imported`)
      latencies.sort((a, b) => a - b)
      return {
        bench: 'itmatt-import',
        items,
        bytes,
        ms: round(ms, 0),
        itemsPerSec: Math.round(items / (ms / 1000)),
        rawMs: round(rawMs, 0),
        ratio: round(ms / rawMs, 2),
        scanRatePerSec,
        scans: latencies.length,
        scanP99Ms: round(percentile(latencies, 99), 2),
        scanMaxMs: round(latencies.at(-1) ?? 0, 2),
      }
    } finally {
      station.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
