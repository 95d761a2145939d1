// `station import itmatt FILE`: the report, errors as FILE:LINE:COLUMN with nothing imported, an item's
// advance data; and an import killed mid-way (the built CLI, SIGKILL) leaves nothing at the next open.
import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatS10 } from '../../src/core/ids'
import { writeBenchItmatt } from '../../src/station/bench/itmatt'
import { initialised, station, tempDir, writeFile } from './helpers'

const root = join(__dirname, '..', '..')
const parcel = (n: number): string => formatS10('CP', String(n).padStart(8, '0'), 'FR')

function itemXml(id: string, description = 'Cotton T-shirt'): string {
  return `<Item><ItemId>${id}</ItemId><MailClass>C</MailClass><Category>Sale of goods</Category><TotalWeight>1.2</TotalWeight>
<TotalValue>45</TotalValue><Currency>EUR</Currency>
<ContentPiece><Description>${description}</Description><NumberOfPieces>1</NumberOfPieces><Weight>0.4</Weight><Value>45</Value><HSCode>610910</HSCode><OriginCountry>FR</OriginCountry></ContentPiece>
<SenderAddress><Name>Boutique Lumière</Name><Street>12 rue de la Paix</Street><City>Paris</City><Country>FR</Country></SenderAddress>
<ReceiverAddress><Name>Jane Doe</Name><Street>350 Fifth Avenue</Street><City>New York</City><Country>US</Country></ReceiverAddress>
</Item>
`
}

const xml = (...items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ITMATT>\n${items.join('')}</ITMATT>\n`

function rows(data: string): number {
  const db = new Database(join(data, 'station.db'), { readonly: true })
  try {
    return db
      .prepare<[], number>(
        'SELECT (SELECT count(*) FROM advance_item) + (SELECT count(*) FROM advance_batch)',
      )
      .pluck()
      .get()!
  } finally {
    db.close()
  }
}

describe('station import itmatt', () => {
  it('imports a file and reports on it, in words or as JSON', async () => {
    const data = await initialised()
    const file = writeFile(tempDir(), 'itmatt.xml', xml(itemXml(parcel(1)), itemXml(parcel(2), 'gift')))
    const r = await station(['import', 'itmatt', '--data', data, file])
    expect(r.code).toBe(0)
    expect(r.out).toEqual([
      `Imported 2 items from ${file} (ITMATT import 1): 2 new, 0 updated; EAD complete 1, incomplete 1, in error 0.`,
      '1 finding (1 blocking):',
      `  ${parcel(2)} lines[1].description: description 'gift' is too vague`,
    ])
    const again = await station(['import', 'itmatt', '--data', data, '--json', file])
    expect(again.json()[0]).toMatchObject({
      batch: 2,
      items: 2,
      newItems: 0,
      updatedItems: 2,
      state: 'published',
    })
    const item = await station(['advance', 'item', '--data', data, parcel(2)])
    expect(item.out[0]).toBe(
      `${parcel(2)}: EAD incomplete (advance data incomplete: description 'gift' is too vague); from ${file}, import 2.`,
    )
    const report = await station(['advance', 'report', '--data', data, '--json', '1'])
    expect(report.json()[0]).toMatchObject({ batch: 1, items: 2 })
  })

  it('refuses a broken file as FILE:LINE:COLUMN and imports nothing', async () => {
    const data = await initialised()
    const file = writeFile(
      tempDir(),
      'broken.xml',
      xml(itemXml(parcel(1))).replace('</ReceiverAddress>', '</Receiver>'),
    )
    const r = await station(['import', 'itmatt', '--data', data, file])
    expect(r.code).toBe(1)
    expect(r.err).toEqual([`${file}:7:124: malformed XML: unexpected close tag`, 'Nothing was imported.'])
    expect(rows(data)).toBe(0)
    const doctype = writeFile(
      tempDir(),
      'x.xml',
      `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n${xml(itemXml(parcel(1)))}`,
    )
    const d = await station(['import', 'itmatt', '--data', data, doctype])
    expect(d.err[0]).toMatch(
      new RegExp(`^${doctype.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2:1: a DOCTYPE declaration is refused`),
    )
    expect(rows(data)).toBe(0)
  })

  it('says plainly when the file cannot be read', async () => {
    const data = await initialised()
    const r = await station(['import', 'itmatt', '--data', data, join(tempDir(), 'none.xml')])
    expect(r.code).toBe(1)
    expect(r.err[0]).toMatch(/^station import itmatt: .*none\.xml: cannot read the file/)
  })
})

describe('an import killed mid-way (the built CLI)', () => {
  it('leaves nothing visible, and its rows are gone at the next open', async () => {
    expect(existsSync(join(root, 'out', 'cli', 'index.js')), 'run npm run build first').toBe(true)
    const data = await initialised()
    const file = join(tempDir(), 'big.xml')
    writeBenchItmatt(file, 60_000)
    const child = spawn(process.execPath, [
      join(root, 'bin', 'station.js'),
      'import',
      'itmatt',
      '--data',
      data,
      '--progress',
      file,
    ])
    await new Promise<void>((resolve, reject) => {
      let err = ''
      child.stderr.on('data', (b: Buffer) => {
        err += b.toString()
        if (/itmatt: .* items \(\d+ %\), importing/.test(err)) resolve()
      })
      child.on('exit', () => reject(new Error(`the import ended before it could be killed: ${err}`)))
    })
    child.kill('SIGKILL')
    await new Promise((resolve) => child.on('close', resolve))
    expect(rows(data)).toBeGreaterThan(1000)
    const item = await station([
      'advance',
      'item',
      '--data',
      data,
      '--json',
      formatS10('CP', '00000001', 'FR'),
    ])
    expect(item.json()[0]).toEqual({ item: null })
    expect(rows(data)).toBe(0)
  }, 60_000)
})
