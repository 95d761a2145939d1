// `station import manifest`: all or nothing, errors told as FILE:LINE.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHICAGO, initialised, letter, registered, station, tempDir, writeFile } from './helpers'

describe('station import manifest', () => {
  it('rejects a file with a bad line as FILE:LINE and writes nothing', async () => {
    const data = await initialised()
    const file = writeFile(
      tempDir(),
      'itmatt.csv',
      [
        'itemId,destinationOffice',
        `${letter(1)},${CHICAGO}`,
        `${letter(2)},${CHICAGO}`,
        `RR12345678FR,${CHICAGO}`,
      ].join('\n'),
    )
    const r = await station(['import', 'manifest', '--data', data, file])
    expect(r.code).toBe(1)
    expect(r.err[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:4: `))
    const log = (await station(['events', '--data', data, '--json'])).json()
    expect(log.filter((e) => String(e.type).includes('import'))).toEqual([])
  })

  it('reads JSON lines by extension, or by --format', async () => {
    const data = await initialised()
    const jsonl = [
      JSON.stringify({ itemId: registered(1), destinationOffice: CHICAGO, weightKg: 0.1 }),
      JSON.stringify({ itemId: registered(2), destinationCountry: 'US' }),
    ].join('\n')
    const ndjson = await station([
      'import',
      'manifest',
      '--data',
      data,
      '--json',
      writeFile(tempDir(), 'a.ndjson', jsonl),
    ])
    expect(ndjson.json()[0]).toMatchObject({ items: 2, created: 2 })
    const forced = await station([
      'import',
      'manifest',
      '--data',
      data,
      '--json',
      '--format',
      'jsonl',
      writeFile(tempDir(), 'a.txt', jsonl),
    ])
    expect(forced.json()[0]).toMatchObject({ items: 2, created: 0, updated: 2 })
    const unknown = await station([
      'import',
      'manifest',
      '--data',
      data,
      writeFile(tempDir(), 'a.txt', jsonl),
    ])
    expect(unknown.code).toBe(2)
    const missing = await station(['import', 'manifest', '--data', data, join(tempDir(), 'none.csv')])
    expect(missing.code).toBe(1)
    expect(missing.err[0]).toMatch(/cannot read/)
  })
})
