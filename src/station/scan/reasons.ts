// The words a worker reads at the bagging station: what happened and, when refused, what to do.
import { countryName, mailClass } from '../../core/codelists'
import type { Identification } from '../../core/ids'
import type { ReceptacleRow } from '../store/rows'

type Labelled = Pick<ReceptacleRow, 'handle' | 'dispatch_id' | 'serial'>

const pad3 = (n: number): string => String(n).padStart(3, '0')
const kg = (grams: number): string => `${Number((grams / 1000).toFixed(3))} kg`

export function receptacleLabel(r: Labelled): string {
  return `receptacle ${r.handle} (dispatch ${r.dispatch_id}, serial ${pad3(r.serial)})`
}

function className(code: string): string {
  const name = mailClass(code)?.name.en
  if (!name) return `class ${code}`
  // "Letter post" reads as words mid-sentence; "EMS" is an acronym and stays as it is.
  return name === name.toUpperCase() ? name : name.toLowerCase()
}

function place(code: string): string {
  if (code.length !== 2) return code
  const name = countryName(code)
  return name ? `${code} (${name})` : code
}

const KIND_NAMES: Record<string, string> = {
  receptacle: 'a receptacle label (S9)',
  dispatch: 'a dispatch identifier (S8)',
  office: 'an office code (IMPC)',
}

export function invalidCode(id: Identification): string {
  const kind = KIND_NAMES[id.kind]
  if (kind) return `This is ${kind}, not an item: scan the item's own barcode.`
  const why = id.errors[0]?.message ?? 'it is not an S10 item identifier.'
  return id.kind === 'item' ? `Not a valid item identifier: ${why}` : `Not an item identifier. ${why}`
}

export const reasons = {
  noneOpen: (): string => 'No receptacle is open: open one for the destination, then scan again.',
  unknownReceptacle: (handle: number): string =>
    `Receptacle ${handle} does not exist: choose one of the open receptacles.`,
  closed: (r: ReceptacleRow): string =>
    `${capitalised(receptacleLabel(r))} is closed: open a new receptacle for ${r.destination}.`,
  duplicate: (itemId: string, r: Labelled): string =>
    `${itemId} is already in ${receptacleLabel(r)}; nothing changed.`,
  elsewhere: (itemId: string, other: Labelled & { state: string }): string =>
    `${itemId} is already in ${other.state === 'closed' ? 'closed ' : ''}${receptacleLabel(other)}; ` +
    'a supervisor must undo that scan before it can go in this one.',
  held: (itemId: string, why: string): string =>
    `Held by customs (${why}): put ${itemId} aside for the customs officer.`,
  doNotLoad: (itemId: string): string => `${itemId} is marked do-not-load: put it aside, do not bag it.`,
  wrongClass: (itemId: string, itemClass: string, r: ReceptacleRow): string =>
    `Missort: ${itemId} is ${className(itemClass)} but receptacle ${r.handle} takes ` +
    `${className(r.subclass.charAt(0))} (subclass ${r.subclass}).`,
  wrongOffice: (itemId: string, office: string, r: ReceptacleRow): string =>
    `Missort: ${itemId} is for ${office} but receptacle ${r.handle} goes to ${r.destination}.`,
  wrongCountry: (itemId: string, country: string, r: ReceptacleRow): string =>
    `Missort: ${itemId} is for ${place(country)} but receptacle ${r.handle} goes to ${r.destination} ` +
    `in ${place(r.destination.slice(0, 2))}.`,
  notPreAdvised: (itemId: string, rule: string): string =>
    `No advance data: ${place(rule)} takes only pre-advised items and ${itemId} is in no imported manifest; put it aside.`,
  noEad: (itemId: string, rule: string): string =>
    `No advance data: ${place(rule)} requires electronic advance data (EAD) and ${itemId} has none; put it aside.`,
  overweight: (itemId: string, itemGrams: number, r: ReceptacleRow): string =>
    `Over the weight limit: receptacle ${r.handle} holds ${kg(r.grams)}, ${itemId} weighs ${kg(itemGrams)} ` +
    `and the limit is ${r.weight_limit_kg} kg; close it and open a new one.`,
  accepted: (r: ReceptacleRow, preAdvised: boolean, itemClass: string | null): string => {
    const count = r.items === 1 ? '1 item' : `${r.items} items`
    const base = `Accepted into receptacle ${r.handle} for ${r.destination} (${count}).`
    if (preAdvised) return base
    return `${base} It was not pre-advised: recorded as a new ${itemClass ? `${className(itemClass)} ` : ''}item.`
  },
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
