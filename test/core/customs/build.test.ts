// The text of an ITMATT file's fields into typed values: numbers with a decimal point or comma, the
// categories in their spellings, flags, upper-cased codes; what cannot be read is kept to be reported.
import { describe, expect, it } from 'vitest'
import { categoryOf, csvColumn, ItemBuilder, normalizeName, xmlName } from '../../../src/core/customs'

describe('ItemBuilder', () => {
  it('trims a value exactly as String.prototype.trim does, whatever the character at its ends', () => {
    const ref = xmlName('Name').inSender!
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const ch = String.fromCharCode(c)
      for (const raw of [`${ch}Ana`, `Ana${ch}`, `${ch}`]) {
        const b = new ItemBuilder()
        b.set(ref, raw)
        const item = b.finish('CP123456785FR', 'C')
        const want = raw.trim()
        expect(item.sender.name, `U+${c.toString(16)} in ${JSON.stringify(raw)}`).toBe(
          want === '' ? null : want,
        )
      }
    }
  })

  it('reads an item, its parties and content lines from the text of their fields', () => {
    const b = new ItemBuilder()
    const set = (
      name: string,
      text: string,
      within: 'item' | 'content' | 'sender' | 'addressee' = 'item',
    ) => {
      const n = xmlName(name)
      const ref =
        within === 'item'
          ? n.inItem
          : within === 'content'
            ? n.inContent
            : within === 'sender'
              ? n.inSender
              : n.inAddressee
      b.set(ref!, text)
    }
    set('ItemId', ' CP123456785FR ')
    set('TotalWeight', '1,25')
    set('Category', 'Sale of goods')
    set('Currency', 'eur')
    set('TotalValue', '45.00')
    b.startLine()
    set('Description', 'Cotton T-shirt', 'content')
    set('NumberOfPieces', '2', 'content')
    set('HSCode', '6109.10', 'content')
    set('Weight', '0.4', 'content')
    b.endLine()
    set('Name', 'Jane', 'addressee')
    set('Name', 'Doe', 'addressee')
    set('Street', '350 Fifth Avenue', 'addressee')
    set('AddressLine2', 'Floor 12', 'addressee')
    set('Country', 'us', 'addressee')
    expect(b.rawItemId).toBe('CP123456785FR')
    const item = b.finish('CP123456785FR', 'C')
    expect(item).toMatchObject({
      itemId: 'CP123456785FR',
      mailClass: 'C',
      category: 'sale_of_goods',
      totalWeightKg: 1.25,
      totalValue: 45,
      currency: 'EUR',
      destinationCountry: 'US',
      addressee: { name: 'Jane Doe', addressLines: ['350 Fifth Avenue', 'Floor 12'], country: 'US' },
      lines: [{ description: 'Cotton T-shirt', quantity: 2, hsCode: '610910', netWeightKg: 0.4 }],
      unreadable: [],
    })
  })

  it('keeps what it cannot read, with what was expected', () => {
    const b = new ItemBuilder()
    b.set(xmlName('TotalValue').inItem!, 'forty')
    b.set(xmlName('Gift').inItem!, 'perhaps')
    b.set(xmlName('MailClass').inItem!, 'X')
    b.startLine()
    b.set(xmlName('NumberOfPieces').inContent!, '1.5')
    expect(b.finish('CP123456785FR', 'C').unreadable).toEqual([
      { field: 'lines[1].quantity', value: '1.5', expected: 'a whole number' },
      { field: 'mailClass', value: 'X', expected: 'U, C or E' },
      { field: 'gift', value: 'perhaps', expected: 'true or false' },
      { field: 'totalValue', value: 'forty', expected: 'a number' },
    ])
  })

  it('takes a gift flag without category as a gift', () => {
    const b = new ItemBuilder()
    b.set(xmlName('Gift').inItem!, 'true')
    expect(b.finish('CP123456785FR', 'C')).toMatchObject({ gift: true, category: 'gift' })
  })
})

describe('names as data', () => {
  it('match element names whatever their case, punctuation or namespace prefix', () => {
    expect(normalizeName('upu:Item_ID')).toBe('itemid')
    for (const n of ['ItemId', 'ITEMID', 'item-id', 'upu:ItemId'])
      expect(xmlName(n).inItem).toEqual({ scope: 'item', field: 'itemId' })
    expect(xmlName('ContentPiece').group).toBe('content')
    expect(xmlName('ReceiverContactInformation').group).toBe('addressee')
    expect(xmlName('Item').item).toBe(true)
    expect(xmlName('Unknown')).toMatchObject({ item: false, group: undefined, inItem: undefined })
  })

  it('give a name its meaning where it stands: Weight of an item, of a content piece', () => {
    expect(xmlName('Weight').inItem).toEqual({ scope: 'item', field: 'totalWeight' })
    expect(xmlName('Weight').inContent).toEqual({ scope: 'content', field: 'netWeight' })
    expect(xmlName('Country').inSender).toEqual({ scope: 'party', role: 'sender', field: 'country' })
  })

  it('read CSV columns, party columns by prefix', () => {
    expect(csvColumn('Item ID')).toEqual({ scope: 'item', field: 'itemId' })
    expect(csvColumn('ReceiverCity')).toEqual({ scope: 'party', role: 'addressee', field: 'city' })
    expect(csvColumn('sender_address_line_2')).toEqual({
      scope: 'party',
      role: 'sender',
      field: 'addressLine',
    })
    expect(csvColumn('HSCode')).toEqual({ scope: 'content', field: 'hsCode' })
    expect(csvColumn('Comment')).toBeUndefined()
  })

  it('know the categories in their usual spellings', () => {
    expect(categoryOf('Sale of goods')).toBe('sale_of_goods')
    expect(categoryOf('COMMERCIAL_SAMPLE')).toBe('commercial_sample')
    expect(categoryOf('Returned goods')).toBe('returned_goods')
    expect(categoryOf('Documents')).toBe('documents')
    expect(categoryOf('bribe')).toBeUndefined()
  })
})
