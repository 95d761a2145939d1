// The element names of ITMATT XML and the column names of ITMATT CSV, from data/itmatt-names.json. A
// name is matched loosely (case, namespace prefix, punctuation) because files come from many posts'
// systems; what a name means depends on where it stands (Weight in an item is its gross weight, in a
// content piece the piece's net weight).
import namesJson from './data/itmatt-names.json'

export type ItemField = keyof typeof namesJson.xml.fields.item
export type ContentField = keyof typeof namesJson.xml.fields.content
export type PartyField = keyof typeof namesJson.xml.fields.party
export type PartyRole = 'sender' | 'addressee'
export type XmlGroup = 'content' | PartyRole

/** What an element or column stands for. */
export type FieldRef =
  | { scope: 'item'; field: ItemField }
  | { scope: 'content'; field: ContentField }
  | { scope: 'party'; role: PartyRole; field: PartyField }

/** `upu:Item_ID` → `itemid`. */
export function normalizeName(raw: string): string {
  const colon = raw.lastIndexOf(':')
  return (colon >= 0 ? raw.slice(colon + 1) : raw).toLowerCase().replace(/[^a-z0-9]/g, '')
}

function index<F extends string>(table: Record<F, string[]>, file: string): Map<string, F> {
  const map = new Map<string, F>()
  for (const field of Object.keys(table) as F[]) {
    for (const alias of table[field]) {
      const key = normalizeName(alias)
      const before = map.get(key)
      // A name meaning two things in one place is a typo in the data file: fail at start-up.
      if (before !== undefined && before !== field)
        throw new Error(`${file}: "${alias}" names both ${before} and ${field}`)
      map.set(key, field)
    }
  }
  return map
}

const XML_FILE = 'itmatt-names.json (xml)'
const xmlItems = new Set(namesJson.xml.item.map(normalizeName))
const xmlGroups = index<XmlGroup>(namesJson.xml.groups, XML_FILE)
const xmlItemFields = index<ItemField>(namesJson.xml.fields.item, XML_FILE)
const xmlContentFields = index<ContentField>(namesJson.xml.fields.content, XML_FILE)
const partyFields = index<PartyField>(namesJson.xml.fields.party, XML_FILE)

/** Everything a name can mean in ITMATT XML, resolved once: the reader looks each element up once. */
export interface XmlName {
  item: boolean
  group: XmlGroup | undefined
  /** The field the element stands for directly in an item, in a content piece, in a party. */
  inItem: FieldRef | undefined
  inContent: FieldRef | undefined
  inSender: FieldRef | undefined
  inAddressee: FieldRef | undefined
}

const xmlNames = new Map<string, XmlName>()

/** What an element name (as written, any case or prefix) means; the same object for the same name. */
export function xmlName(raw: string): XmlName {
  const name = normalizeName(raw)
  let found = xmlNames.get(name)
  if (found === undefined) {
    found = {
      item: xmlItems.has(name),
      group: xmlGroups.get(name),
      inItem: xmlField(name, null),
      inContent: xmlField(name, 'content'),
      inSender: xmlField(name, 'sender'),
      inAddressee: xmlField(name, 'addressee'),
    }
    // Unknown names are cached too, up to a bound: a file cannot grow this map without end.
    if (xmlNames.size < 10_000) xmlNames.set(name, found)
  }
  return found
}

/** Whether an element (normalised name) is one item of the file. */
export function isItemElement(name: string): boolean {
  return xmlItems.has(name)
}

/** The group (content piece, sender, addressee) an element opens inside an item, if it is one. */
export function groupOf(name: string): XmlGroup | undefined {
  return xmlGroups.get(name)
}

/** The field an element stands for where it stands: directly in the item, or inside a group. */
export function xmlField(name: string, within: XmlGroup | null): FieldRef | undefined {
  if (within === null) {
    const field = xmlItemFields.get(name)
    return field === undefined ? undefined : { scope: 'item', field }
  }
  if (within === 'content') {
    const field = xmlContentFields.get(name)
    return field === undefined ? undefined : { scope: 'content', field }
  }
  const field = partyFields.get(name)
  return field === undefined ? undefined : { scope: 'party', role: within, field }
}

const CSV_FILE = 'itmatt-names.json (csv)'
const csvItemFields = index<ItemField>(namesJson.csv.item, CSV_FILE)
const csvContentFields = index<ContentField>(namesJson.csv.content, CSV_FILE)
const csvPrefixes = (Object.keys(namesJson.csv.partyPrefixes) as PartyRole[]).flatMap((role) =>
  namesJson.csv.partyPrefixes[role].map((p) => ({ role, prefix: normalizeName(p) })),
)

/** The field a CSV column stands for; undefined for columns the station ignores. */
export function csvColumn(header: string): FieldRef | undefined {
  const name = normalizeName(header)
  const item = csvItemFields.get(name)
  if (item !== undefined) return { scope: 'item', field: item }
  const content = csvContentFields.get(name)
  if (content !== undefined) return { scope: 'content', field: content }
  for (const { role, prefix } of csvPrefixes) {
    if (!name.startsWith(prefix)) continue
    const field = partyFields.get(name.slice(prefix.length))
    if (field !== undefined) return { scope: 'party', role, field }
  }
  return undefined
}

/** The names as data, for docs and tests. */
export const itmattNames = namesJson
