// Turns the text values of one ITMATT item (XML elements or CSV cells) into an AdvanceItem. Values that
// cannot be read (a value that is not a number, an unknown category) are kept as `unreadable`: the rules
// report them as findings about the item, they do not stop the import.
import { categoryOf } from './categories'
import type { ContentField, FieldRef, ItemField, PartyField, PartyRole } from './names'
import type { AdvanceItem, Category, ContentLine, Party, Unreadable } from './types'

const NUMBER = /^\+?\d+(?:[.,]\d+)?$/
const MAIL_CLASSES: Record<string, string> = {
  u: 'U',
  letter: 'U',
  letters: 'U',
  letterpost: 'U',
  c: 'C',
  parcel: 'C',
  parcels: 'C',
  parcelpost: 'C',
  e: 'E',
  ems: 'E',
}
const YES = new Set(['true', 'yes', 'y', '1'])
const NO = new Set(['false', 'no', 'n', '0'])

/** Whether String.prototype.trim would take this character off an end (WhiteSpace, LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

function emptyParty(): Party {
  return {
    name: null,
    addressLines: [],
    postcode: null,
    city: null,
    country: null,
    phone: null,
    email: null,
    taxId: null,
  }
}

function emptyLine(): ContentLine {
  return {
    description: null,
    quantity: null,
    netWeightKg: null,
    value: null,
    currency: null,
    hsCode: null,
    originCountry: null,
  }
}

export class ItemBuilder {
  private itemId: string | null = null
  private values: Partial<Record<ItemField, string>> = {}
  private sender = emptyParty()
  private addressee = emptyParty()
  private lines: ContentLine[] = []
  private line: ContentLine | null = null
  private unreadable: Unreadable[] = []

  /** The raw ItemId as given (trimmed), null until one was read. */
  get rawItemId(): string | null {
    return this.itemId
  }

  reset(): void {
    this.itemId = null
    this.values = {}
    this.sender = emptyParty()
    this.addressee = emptyParty()
    this.lines = []
    this.line = null
    this.unreadable = []
  }

  /** Opens a content line; fields with scope 'content' go to it until `endLine`. */
  startLine(): void {
    this.line = emptyLine()
  }

  endLine(): void {
    if (this.line) this.lines.push(this.line)
    this.line = null
  }

  /** Sets one field from its text; empty text leaves the field unset. */
  set(ref: FieldRef, raw: string): void {
    // Most values come without surrounding spaces: no trimmed copy for them.
    const text = isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(raw.length - 1)) ? raw.trim() : raw
    if (text === '') return
    if (ref.scope === 'item') {
      if (ref.field === 'itemId') this.itemId = text
      else this.values[ref.field] = text
    } else if (ref.scope === 'party') {
      this.party(ref.role, ref.field, text)
    } else {
      if (this.line === null) this.startLine()
      this.content(ref.field, text)
    }
  }

  private party(role: PartyRole, field: PartyField, text: string): void {
    const p = role === 'sender' ? this.sender : this.addressee
    switch (field) {
      case 'addressLine':
        p.addressLines.push(text)
        break
      case 'name':
        // FirstName then LastName, or a person and a company: one name, in the file's order.
        p.name = p.name === null ? text : `${p.name} ${text}`
        break
      case 'country':
        p.country = text.toUpperCase()
        break
      default:
        p[field] = text
    }
  }

  private number(field: string, text: string, whole = false): number | null {
    if (!NUMBER.test(text)) {
      this.unreadable.push({ field, value: text, expected: whole ? 'a whole number' : 'a number' })
      return null
    }
    const n = Number(text.replace(',', '.'))
    if (whole && !Number.isInteger(n)) {
      this.unreadable.push({ field, value: text, expected: 'a whole number' })
      return null
    }
    return n
  }

  private content(field: ContentField, text: string): void {
    const line = this.line!
    const where = `lines[${this.lines.length + 1}]`
    switch (field) {
      case 'description':
        line.description = line.description === null ? text : `${line.description} ${text}`
        break
      case 'quantity':
        line.quantity = this.number(`${where}.quantity`, text, true)
        break
      case 'netWeight':
        line.netWeightKg = this.number(`${where}.netWeightKg`, text)
        break
      case 'value':
        line.value = this.number(`${where}.value`, text)
        break
      case 'currency':
        line.currency = text.toUpperCase()
        break
      case 'hsCode':
        // 6109.10.00 and 6109 10 00 are how tariff numbers are often written.
        line.hsCode = text.replace(/[\s.]/g, '')
        break
      case 'originCountry':
        line.originCountry = text.toUpperCase()
        break
    }
  }

  /** The item read so far, with `itemId` (normalised by the caller) and a mail class to fall back on. */
  finish(itemId: string, fallbackMailClass: string | null): AdvanceItem {
    this.endLine()
    const v = this.values
    const upper = (s: string | undefined): string | null => (s === undefined ? null : s.toUpperCase())
    const num = (field: ItemField): number | null => {
      const text = v[field]
      return text === undefined ? null : this.number(field === 'totalWeight' ? 'totalWeightKg' : field, text)
    }
    let mailClass = fallbackMailClass
    if (v.mailClass !== undefined) {
      const known = MAIL_CLASSES[v.mailClass.toLowerCase().replace(/[\s_-]/g, '')]
      if (known) mailClass = known
      else this.unreadable.push({ field: 'mailClass', value: v.mailClass, expected: 'U, C or E' })
    }
    let gift: boolean | null = null
    if (v.gift !== undefined) {
      const word = v.gift.toLowerCase()
      if (YES.has(word)) gift = true
      else if (NO.has(word)) gift = false
      else this.unreadable.push({ field: 'gift', value: v.gift, expected: 'true or false' })
    }
    let category: Category | null = null
    if (v.category !== undefined) {
      category = categoryOf(v.category) ?? null
      if (category === null) {
        this.unreadable.push({
          field: 'category',
          value: v.category,
          expected: 'gift, documents, commercial sample, sale of goods, returned goods or other',
        })
      }
    } else if (gift === true) category = 'gift'
    return {
      itemId,
      mailClass,
      category,
      gift,
      totalValue: num('totalValue'),
      currency: upper(v.currency),
      totalWeightKg: num('totalWeight'),
      postalCharges: num('postalCharges'),
      postalChargesCurrency: upper(v.postalChargesCurrency),
      originCountry: upper(v.originCountry),
      destinationCountry: upper(v.destinationCountry) ?? this.addressee.country,
      sender: this.sender,
      addressee: this.addressee,
      lines: this.lines,
      unreadable: this.unreadable,
    }
  }
}
