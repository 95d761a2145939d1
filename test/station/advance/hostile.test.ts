// Hostile and broken ITMATT files are refused where they go wrong (line and column, or byte offset),
// before anything is written: the advance tables hold exactly what they held before.
import { describe, expect, it } from 'vitest'
import { ItmattError } from '../../../src/station/advance/errors'
import { newStation } from '../fixtures'
import { advanceRows, itmattXml, manyItems, NOTHING, parcelId, writeItmatt, xmlItem } from './fixtures'

async function refused(content: string | Buffer, name = 'hostile.xml') {
  const station = newStation()
  const before = advanceRows(station)
  const file = writeItmatt(name, content)
  const error = await station.importItmatt(station.defaultSession(), { name, path: file }).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ItmattError)
  expect(advanceRows(station)).toEqual(before)
  expect(before).toEqual(NOTHING)
  return error as ItmattError
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<ITMATT><Item><ItemId>&lol9;</ItemId></Item></ITMATT>
`

describe('a hostile or broken ITMATT file', () => {
  it('malformed XML: refused with line and column', async () => {
    const text = itmattXml(manyItems(2)).replace('</ContentPiece>', '</Content>')
    const e = await refused(text)
    expect(e.position).toEqual({ line: 20, column: 14 })
    expect(e.message).toBe('hostile.xml:20:14: malformed XML: unexpected close tag')
  })

  it('billion laughs: refused at its DOCTYPE, before any entity is read', async () => {
    const e = await refused(BILLION_LAUGHS)
    expect(e.position).toEqual({ line: 2, column: 1 })
    expect(e.problem).toMatch(/DOCTYPE declaration is refused/)
  })

  it('any DOCTYPE, even an empty one', async () => {
    const e = await refused(`<?xml version="1.0"?>\n<!DOCTYPE ITMATT>\n${itmattXml(manyItems(1), '')}`)
    expect(e.position).toEqual({ line: 2, column: 1 })
  })

  it('an external entity: refused at the DOCTYPE that would declare it', async () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<ITMATT><Item><ItemId>&xxe;</ItemId></Item></ITMATT>`
    const e = await refused(xxe)
    expect(e.message).toMatch(/^hostile\.xml:2:1: a DOCTYPE declaration is refused/)
  })

  it('an undeclared entity is malformed XML, never looked up', async () => {
    const e = await refused(itmattXml([{ id: parcelId(1), description: 'Shirt &xxe; blue' }]))
    expect(e.message).toMatch(/^hostile\.xml:13:\d+: malformed XML: undefined entity/)
  })

  it('a huge attribute: refused with where', async () => {
    const e = await refused(
      `<?xml version="1.0"?>\n<ITMATT>\n<Item note="${'a'.repeat(200_000)}"><ItemId>${parcelId(1)}</ItemId></Item></ITMATT>`,
    )
    expect(e.position.line).toBe(3)
    expect(e.problem).toMatch(/more than 64 KB without markup/)
  })

  it('a 10 MB text node: refused as soon as it passes 64 KB', async () => {
    const e = await refused(itmattXml([{ id: parcelId(1), description: 'x'.repeat(10 * 1024 * 1024) }]))
    expect(e.position.line).toBe(13)
    expect(e.problem).toMatch(/more than 64 KB/)
  })

  it('an item over 1 MB: refused at its start', async () => {
    const pieces = Array.from(
      { length: 30_000 },
      () => '<ContentPiece><Description>Cotton T-shirt</Description></ContentPiece>',
    ).join('')
    const e = await refused(
      `<?xml version="1.0"?>\n<ITMATT>\n${xmlItem({ id: parcelId(1) })}<Item><ItemId>${parcelId(2)}</ItemId>${pieces}</Item></ITMATT>`,
    )
    expect(e.problem).toBe('this item is larger than 1 MB')
    expect(e.position.line).toBe(38)
  })

  it('elements nested without end', async () => {
    const e = await refused(`<ITMATT>${'<a>'.repeat(100)}${'</a>'.repeat(100)}</ITMATT>`)
    expect(e.problem).toBe('elements nested deeper than 64')
  })

  it('a wrong declared encoding: refused at the declaration', async () => {
    const e = await refused(itmattXml(manyItems(1), '<?xml version="1.0" encoding="UTF-16"?>\n'))
    expect(e.position).toEqual({ line: 1, column: 31 })
    expect(e.problem).toMatch(/declares encoding="UTF-16"; ITMATT files are read as UTF-8 or ISO-8859-1 only/)
    const w = await refused(itmattXml(manyItems(1), "<?xml version='1.0' encoding='windows-1252'?>\n"))
    expect(w.problem).toMatch(/windows-1252/)
  })

  it('a UTF-16 file: refused at byte 0', async () => {
    const e = await refused(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(itmattXml(manyItems(1)), 'utf16le')]),
    )
    expect(e.position).toEqual({ byte: 0 })
  })

  it('invalid UTF-8: refused with the byte offset', async () => {
    const text = itmattXml(manyItems(300))
    const at = Buffer.byteLength(text.slice(0, text.indexOf('Jane Doe', 200_000)))
    const bytes = Buffer.from(text)
    bytes[at + 1] = 0xe9 // "Jéne" in Latin-1, inside a UTF-8 file
    const e = await refused(bytes)
    expect(e.position).toEqual({ byte: at + 1 })
    expect(e.message).toMatch(/^hostile\.xml:byte \d+: bytes 0xE9 0x6E 0x65 0x20 are not UTF-8/)
  })

  it('a UTF-8 sequence cut at the end of the file', async () => {
    const bytes = Buffer.concat([Buffer.from(itmattXml(manyItems(1))), Buffer.from([0xc3])])
    const e = await refused(bytes)
    expect(e.position).toEqual({ byte: bytes.length - 1 })
  })

  it('an item without a valid S10 id', async () => {
    const e = await refused(itmattXml([{ id: parcelId(1) }, { id: 'CP123456789FR' }]))
    expect(e.position.line).toBe(38)
    expect(e.problem).toMatch(/ItemId "CP123456789FR" is not a valid S10 item identifier/)
  })
})

describe('a declared ISO-8859-1 file', () => {
  it('is read as what it says', async () => {
    const station = newStation()
    const text = itmattXml(
      [{ id: parcelId(1), description: 'Écharpe en laine' }],
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n',
    )
    const file = writeItmatt('latin1.xml', Buffer.from(text, 'latin1'))
    const report = await station.importItmatt(station.defaultSession(), { name: 'latin1.xml', path: file })
    expect(report.items).toBe(1)
    expect(station.advanceItem(parcelId(1))?.lines[0]?.description).toBe('Écharpe en laine')
    expect(station.advanceItem(parcelId(1))?.sender.name).toBe('Boutique Lumière')
  })
})
