// ITMATT XML, streamed through saxes: elements are recognised by the names in core/customs data, each
// <Item> becomes an AdvanceItem when it closes. A hostile file is refused where it turns hostile, with
// line and column: any DOCTYPE (so no entity is ever declared, let alone expanded: the five predefined
// entities and character references are all XML leaves), a text node, attribute or comment over 64 KB,
// an item over 1 MB, nesting deeper than 64 elements; and any malformed XML as saxes reports it.
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { serviceIndicatorInfo } from '../../core/codelists'
import {
  ItemBuilder,
  xmlName,
  type AdvanceItem,
  type FieldRef,
  type XmlGroup,
  type XmlName,
} from '../../core/customs'
import { identify } from '../../core/ids'
import { cleanItemId } from '../scan/clean-id'
import { ItmattError } from './errors'

export const LIMITS = {
  /** Characters of one text node, attribute value, comment or CDATA section. */
  text: 64 * 1024,
  /** Characters of one <Item> element, from its start tag to its end tag. */
  item: 1024 * 1024,
  depth: 64,
  attributes: 64,
} as const

/** Slots of the tag-name cache (a power of two). */
const NAME_SLOTS = 256

/** Text is handed to saxes in slices this long, so the limits are checked while a run is still short. */
const SLICE = 16 * 1024

export interface ReadItem {
  item: AdvanceItem
  /** Where the item starts (its start tag in XML, its first row in CSV). */
  line: number
  column: number | null
}

const classes = new Map<string, string | null>()
/** The mail class of an item's service indicator, for files that do not say. */
export function serviceClass(id: string): string | null {
  const si = id.slice(0, 2)
  let known = classes.get(si)
  if (known === undefined) {
    known = serviceIndicatorInfo(si)?.mailClass ?? null
    classes.set(si, known)
  }
  return known
}

/** The S10 id an ITMATT item names, normalised; throws (with where) when it is not a valid one. */
export function itemIdOf(file: string, raw: string | null, line: number, column: number | null): string {
  const where = column === null ? { line } : { line, column }
  if (raw === null)
    throw new ItmattError(file, where, 'this item has no ItemId; every item needs its S10 identifier')
  const clean = cleanItemId(raw)
  if (clean) return clean
  const id = identify(raw)
  if (id.kind === 'item' && id.valid) return id.normalized
  throw new ItmattError(
    file,
    where,
    `ItemId "${raw.slice(0, 40)}" is not a valid S10 item identifier: ${id.errors[0]?.message ?? 'unknown format.'}`,
  )
}

export class ItmattXmlReader {
  private readonly parser = new SaxesParser<{ position: true; xmlns: false }>({
    position: true,
    xmlns: false,
  })
  private readonly builder = new ItemBuilder()
  private readonly names = new Map<string, XmlName>()
  private readonly slotRaw: Array<string | undefined> = new Array<string | undefined>(NAME_SLOTS)
  private readonly slotName: Array<XmlName | undefined> = new Array<XmlName | undefined>(NAME_SLOTS)
  /** Position of the last thing saxes handed over: a run longer than the limit has started after it. */
  private mark = 0
  private rootSeen = false
  /** Everything before the root element, to refuse a DOCTYPE before saxes reads a byte of it. */
  private prolog = ''
  private depth = 0
  // The item being read.
  private itemDepth = 0
  private itemStart = 0
  private itemLine = 0
  private itemColumn = 0
  private readonly groups: Array<{ group: XmlGroup; depth: number }> = []
  private field: FieldRef | null = null
  private fieldDepth = 0
  private text = ''

  constructor(
    private readonly file: string,
    private readonly onItem: (read: ReadItem) => void,
  ) {
    const p = this.parser
    p.on('error', (e) => {
      // saxes words: "2:9: unexpected close tag." → the position is ours to format.
      const problem = e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')
      throw this.fail(`malformed XML: ${problem}`)
    })
    p.on('doctype', () => {
      throw this.fail(
        'a DOCTYPE declaration is refused: ITMATT files declare no document type and no entities',
      )
    })
    p.on('opentag', (tag: SaxesTagPlain) => this.open(tag))
    p.on('closetag', () => this.close())
    p.on('text', (t) => this.addText(t))
    p.on('cdata', (t) => this.addText(t))
    p.on('comment', () => this.setMark())
    // No more handlers than these seven: saxes stores each one as a property added by name, and with an
    // eighth V8 turns the parser into a dictionary object and parsing gets five times slower. Attributes
    // and processing instructions are bounded by the run limit instead (checkRuns).
  }

  private fail(problem: string): ItmattError {
    return new ItmattError(
      this.file,
      { line: this.parser.line, column: Math.max(1, this.parser.column) },
      problem,
    )
  }

  private setMark(): void {
    this.mark = this.parser.position
  }

  /**
   * What a tag name means. A file repeats a few dozen names millions of times: a slot per name (by its
   * length and last character) answers most with one string comparison, before any hashing.
   */
  private named(raw: string): XmlName {
    const slot = (raw.length * 31 + raw.charCodeAt(raw.length - 1)) & (NAME_SLOTS - 1)
    if (this.slotRaw[slot] === raw) return this.slotName[slot]!
    let name = this.names.get(raw)
    if (name === undefined) {
      name = xmlName(raw)
      if (this.names.size < 10_000) this.names.set(raw, name)
    }
    this.slotRaw[slot] = raw
    this.slotName[slot] = name
    return name
  }

  write(text: string): void {
    for (let at = 0; at < text.length; at += SLICE) {
      const slice = text.length <= SLICE ? text : text.slice(at, at + SLICE)
      if (!this.rootSeen) this.checkProlog(slice)
      this.parser.write(slice)
      this.checkRuns()
    }
  }

  end(): void {
    this.parser.close()
  }

  /** Where the next character read will be: line and column, from 1. */
  get at(): { line: number; column: number } {
    return { line: this.parser.line, column: this.parser.column + 1 }
  }

  /** A DOCTYPE is refused where it starts, before saxes buffers its internal subset. */
  private checkProlog(slice: string): void {
    this.prolog += slice
    const at = this.prolog.search(/<!(DOCTYPE|ENTITY)/)
    if (at >= 0) {
      const before = this.prolog.slice(0, at)
      const line = before.split('\n').length
      const column = at - (before.lastIndexOf('\n') + 1) + 1
      throw new ItmattError(
        this.file,
        { line, column },
        `a ${this.prolog.slice(at + 2, at + 9).startsWith('DOCTYPE') ? 'DOCTYPE' : 'ENTITY'} declaration is refused: ITMATT files declare no document type and no entities`,
      )
    }
    if (this.prolog.length > LIMITS.text) {
      throw new ItmattError(
        this.file,
        { line: 1, column: 1 },
        `no root element in the first ${LIMITS.text / 1024} KB`,
      )
    }
  }

  private checkRuns(): void {
    const position = this.parser.position
    if (position - this.mark > LIMITS.text) {
      throw this.fail(
        `more than ${LIMITS.text / 1024} KB without markup up to here: a text node, attribute or comment this long is refused`,
      )
    }
    if (this.itemDepth > 0 && position - this.itemStart > LIMITS.item) throw this.itemTooLarge()
  }

  private itemTooLarge(): ItmattError {
    return new ItmattError(
      this.file,
      { line: this.itemLine, column: this.itemColumn },
      `this item is larger than ${LIMITS.item / 1024 / 1024} MB`,
    )
  }

  private open(tag: SaxesTagPlain): void {
    this.setMark()
    this.rootSeen = true
    this.prolog = ''
    if (++this.depth > LIMITS.depth) throw this.fail(`elements nested deeper than ${LIMITS.depth}`)
    let attributes = 0
    for (const name in tag.attributes) {
      if (++attributes > LIMITS.attributes)
        throw this.fail(`more than ${LIMITS.attributes} attributes on one element`)
      if (tag.attributes[name]!.length > LIMITS.text) {
        throw this.fail(`attribute ${name.slice(0, 40)} is longer than ${LIMITS.text / 1024} KB`)
      }
    }
    const name = this.named(tag.name)
    if (this.itemDepth === 0) {
      if (name.item) {
        this.itemDepth = this.depth
        this.itemStart = this.parser.position
        this.itemLine = this.parser.line
        this.itemColumn = Math.max(1, this.parser.column)
        this.builder.reset()
      }
      return
    }
    if (this.field !== null) return
    if (name.item) throw this.fail(`<${tag.name}> inside an item: items do not nest`)
    const { group } = name
    if (group !== undefined) {
      this.groups.push({ group, depth: this.depth })
      if (group === 'content') this.builder.startLine()
      return
    }
    const within = this.groups.length === 0 ? null : this.groups[this.groups.length - 1]!.group
    const ref =
      within === null
        ? name.inItem
        : within === 'content'
          ? name.inContent
          : within === 'sender'
            ? name.inSender
            : name.inAddressee
    if (ref !== undefined) {
      this.field = ref
      this.fieldDepth = this.depth
      this.text = ''
    }
  }

  private addText(t: string): void {
    this.setMark()
    if (t.length > LIMITS.text) throw this.fail(`a text node longer than ${LIMITS.text / 1024} KB`)
    if (this.field !== null && this.depth === this.fieldDepth) this.text += t
  }

  private close(): void {
    this.setMark()
    const depth = this.depth--
    if (this.itemDepth === 0) return
    if (this.field !== null) {
      if (depth === this.fieldDepth) {
        this.builder.set(this.field, this.text)
        this.field = null
        this.text = ''
      }
      return
    }
    const top = this.groups.at(-1)
    if (top !== undefined && top.depth === depth) {
      this.groups.pop()
      if (top.group === 'content') this.builder.endLine()
      return
    }
    if (depth === this.itemDepth) {
      if (this.parser.position - this.itemStart > LIMITS.item) throw this.itemTooLarge()
      this.itemDepth = 0
      const id = itemIdOf(this.file, this.builder.rawItemId, this.itemLine, this.itemColumn)
      this.onItem({
        item: this.builder.finish(id, serviceClass(id)),
        line: this.itemLine,
        column: this.itemColumn,
      })
    }
  }
}
