// The post ↔ customs link in data: the CUSITM the station sends its customs when an item is presented,
// built from the item's published advance data (ITMATT) and nothing else, and what a CUSRSP response
// means as a customs decision. A CUSITM field the advance data does not give is never made up: the
// message is not sent, and why is said in words.
import type { CustomsDecideOptions, CustomsDecisionKind, HoldKind } from '../../api/customs'
import { CATEGORIES, type Category } from '../../core/customs'
import { customsIndicator } from '../../core/edi/messages'
import type { CusitmRecord, CustomsContentLine, CustomsParty, CustomsResponse } from '../../core/edi/records'
import { describeIssue, encodeRecord, readInterchange } from '../exchange/edi'
import type { AdvanceData } from './advance'
import { HOLD_KIND_WORDS } from './vocabulary'

/**
 * The declared category as CUSITM's CST carries it (1–17 capital letters or digits). UPU's numeric
 * category codes are UNCONFIRMED (UPU.md §4.2), so these are the category's own name, readable.
 */
export const CUSITM_CATEGORY_CODES: Record<Category, string> = {
  gift: 'GIFT',
  documents: 'DOCUMENTS',
  commercial_sample: 'COMMERCIALSAMPLE',
  sale_of_goods: 'SALEOFGOODS',
  returned_goods: 'RETURNEDGOODS',
  other: 'OTHER',
}

const COUNTRY = /^[A-Z]{2}$/
const CURRENCY = /^[A-Z]{3}$/
const HS = /^\d{6,10}$/
const TEXT_MAX = 512

type Row = Record<string, unknown>

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null)
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** At most two decimals, at most 12 digits before the point: what a CUSITM amount may be. */
function moneyProblem(n: number, what: string): string | null {
  if (n < 0) return `${what} is negative (${n})`
  if (Math.round(n * 100) / 100 !== n) return `${what} ${n} has more than two decimals`
  if (n >= 1e12) return `${what} ${n} is too large`
  return null
}

/** Either the CUSITM, or why the advance data cannot give one. */
export type CusitmBuild = { record: CusitmRecord } | { missing: string }

function party(item: Row, role: 'sender' | 'addressee', problems: string[]): CustomsParty | null {
  const name = str(item[`${role}_name`])
  const country = str(item[`${role}_country`])
  if (name === null) problems.push(`the ${role}'s name`)
  else if (name.length > TEXT_MAX) problems.push(`the ${role}'s name is over ${TEXT_MAX} characters`)
  if (country === null) problems.push(`the ${role}'s country`)
  else if (!COUNTRY.test(country)) problems.push(`the ${role}'s country "${country}" is not a 2-letter code`)
  return name !== null && country !== null ? { name, country } : null
}

function line(l: Row, n: number, currency: string | null, problems: string[]): CustomsContentLine | null {
  const at = `content line ${n}`
  const description = str(l.description)
  const quantity = num(l.quantity)
  const weightKg = num(l.net_weight_kg)
  const value = num(l.value)
  const lineCurrency = str(l.currency)
  const hsCode = str(l.hs_code)
  const origin = str(l.origin_country)
  const before = problems.length
  if (description === null) problems.push(`the description of ${at}`)
  else if (description.length > TEXT_MAX)
    problems.push(`the description of ${at} is over ${TEXT_MAX} characters`)
  if (quantity === null) problems.push(`the number of pieces of ${at}`)
  else if (!Number.isInteger(quantity) || quantity < 1 || quantity > 999_999_999)
    problems.push(`the number of pieces of ${at} (${quantity}) is not a whole number from 1`)
  if (weightKg === null) problems.push(`the net weight of ${at}`)
  else if (weightKg < 0) problems.push(`the net weight of ${at} is negative (${weightKg})`)
  if (value === null) problems.push(`the value of ${at}`)
  else {
    const p = moneyProblem(value, `the value of ${at}`)
    if (p) problems.push(p)
  }
  if (lineCurrency !== null && currency !== null && lineCurrency !== currency)
    problems.push(`${at} is in ${lineCurrency}, the item's total in ${currency}`)
  if (hsCode !== null && !HS.test(hsCode))
    problems.push(`the HS code "${hsCode}" of ${at} is not 6 to 10 digits`)
  if (origin !== null && !COUNTRY.test(origin))
    problems.push(`the origin country "${origin}" of ${at} is not a 2-letter code`)
  if (problems.length > before) return null
  return {
    description: description!,
    quantity: quantity!,
    weightKg: weightKg!,
    value: value!,
    hsCode,
    origin,
  }
}

/**
 * The CUSITM of an item from its advance data (the tables as AdvanceSource.read gives them): the newest
 * published advance_item row and its advance_line rows. The destination is the data's destination
 * country, else its addressee's; the total is the declared total, else the sum of the lines; the
 * currency is the item's, else the one its lines share.
 */
export function cusitmFromAdvance(itemId: string, data: AdvanceData | null): CusitmBuild {
  const item = data?.records.advance_item?.[0]
  if (!item) return { missing: 'no advance data (ITMATT) for this item' }
  const lines = data.records.advance_line ?? []
  const problems: string[] = []

  const destination = str(item.destination_country) ?? str(item.addressee_country)
  if (destination === null) problems.push('the destination country')
  else if (!COUNTRY.test(destination))
    problems.push(`the destination country "${destination}" is not a 2-letter code`)

  const category = str(item.category) as Category | null
  if (category === null) problems.push('the category of the item (gift, sale of goods…)')
  else if (!CATEGORIES.includes(category)) problems.push(`the category "${category}" is not one CUSITM knows`)

  const lineCurrencies = [...new Set(lines.map((l) => str(l.currency)).filter((c) => c !== null))]
  const currency = str(item.currency) ?? (lineCurrencies.length === 1 ? lineCurrencies[0]! : null)
  if (currency === null) problems.push('the currency of the declared value')
  else if (!CURRENCY.test(currency)) problems.push(`the currency "${currency}" is not a 3-letter code`)

  const contents: CustomsContentLine[] = []
  lines.forEach((l, i) => {
    const read = line(l, i + 1, currency, problems)
    if (read) contents.push(read)
  })

  let amount = num(item.total_value)
  if (amount === null && lines.length > 0 && contents.length === lines.length)
    amount = Math.round(contents.reduce((sum, l) => sum + l.value, 0) * 100) / 100
  if (amount === null) problems.push('the total declared value')
  else {
    const p = moneyProblem(amount, 'the total declared value')
    if (p) problems.push(p)
  }

  const sender = party(item, 'sender', problems)
  const addressee = party(item, 'addressee', problems)

  if (problems.length > 0) return { missing: `the advance data lacks ${problems.join('; ')}` }
  const record: CusitmRecord = {
    itemId,
    destination: destination!,
    category: CUSITM_CATEGORY_CODES[category!],
    total: { amount: amount!, currency: currency! },
    sender: sender!,
    addressee: addressee!,
    contents,
  }
  // What the mapping writes must read back: a value it cannot carry is said, not sent half-right.
  const text = encodeRecord('CUSITM', record, {
    sender: { id: 'CHECK', qualifier: null },
    recipient: { id: 'CHECK', qualifier: null },
    controlRef: '1',
    at: new Date(0),
  })
  const read = readInterchange(text)
  if (read.issues.length > 0)
    return { missing: `the advance data cannot be written as a CUSITM: ${describeIssue(read.issues[0]!)}` }
  return { record }
}

/** What a CUSRSP response decides, as an officer's decision would say it. */
export function responseDecision(r: CustomsResponse): {
  decision: CustomsDecisionKind
  options: CustomsDecideOptions
} {
  const indicator = customsIndicator(r.indicator)
  if (indicator === null) throw new Error(`CUSRSP indicator ${r.indicator} is not in the list`)
  const options: CustomsDecideOptions = {}
  const kind = indicator.holdReason as HoldKind | null
  let words = r.reason
  if (kind !== null) options.kind = kind
  // A duty of nothing is no duty to pay.
  if (r.duty !== null && r.duty.amount > 0) {
    options.duty = { amount: r.duty.amount, currency: r.duty.currency }
    // The station's hold with duty is of kind duty_payable: what the indicator held it for stays in words.
    if (kind !== null && kind !== 'duty_payable') {
      options.kind = 'duty_payable'
      words = words === null ? HOLD_KIND_WORDS[kind] : `${HOLD_KIND_WORDS[kind]}: ${words}`
    }
  }
  // Customs' reason in words; what does not fit the 200 characters of a reason is kept as the note.
  if (words !== null) {
    if (words.length <= 200) options.reason = words
    else options.note = words.slice(0, 1000)
  }
  return { decision: indicator.decision, options }
}
