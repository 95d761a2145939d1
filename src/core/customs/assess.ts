// The data-quality rules over one item's advance data, for its destination's rule: every finding with
// the field it is about, whether it blocks there, the item's status, and the blocking findings in words
// for the scanner. Pure; called once per item at import.
import { countryName } from '../codelists'
import { CATEGORY_WORDS } from './categories'
import { isVague } from './rules'
import {
  COMMERCIAL_CATEGORIES,
  type AdvanceItem,
  type Assessment,
  type DataStatus,
  type DestinationRule,
  type Finding,
  type FindingCode,
  type FindingKind,
  type Party,
} from './types'

/** Missing data makes an item incomplete (IPS INC); wrong data puts it in error (IPS ERR). */
export const FINDING_KINDS: Record<FindingCode, FindingKind> = {
  description_missing: 'missing',
  description_vague: 'missing',
  value_missing: 'missing',
  value_implausible: 'invalid',
  currency_missing: 'missing',
  currency_invalid: 'invalid',
  currency_mismatch: 'invalid',
  total_mismatch: 'invalid',
  hs_missing: 'missing',
  hs_invalid: 'invalid',
  address_incomplete: 'missing',
  country_invalid: 'invalid',
  weight_missing: 'missing',
  weight_mismatch: 'invalid',
  line_weight_missing: 'missing',
  origin_missing: 'missing',
  content_missing: 'missing',
  category_missing: 'missing',
  category_unknown: 'invalid',
  gift_conflict: 'invalid',
  value_unreadable: 'invalid',
}

const HS = /^\d{6,10}$/
const CURRENCY = /^[A-Z]{3}$/
/** Reasons list this many problems, then count the rest. */
const REASON_PHRASES = 4

const money = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2))
const kg = (n: number): string => `${Number(n.toFixed(3))} kg`

function needsEad(item: AdvanceItem, rule: DestinationRule): boolean {
  const req = item.mailClass === null ? undefined : rule.ead[item.mailClass]
  if (req === 'never') return false
  if (req === 'goods') return item.category !== 'documents'
  return true
}

function hsRequired(item: AdvanceItem, rule: DestinationRule): boolean {
  if (rule.hsCodes === 'optional' || item.category === null) return false
  if (rule.hsCodes === 'goods') return item.category !== 'documents'
  return COMMERCIAL_CATEGORIES.includes(item.category)
}

function validCountry(code: string): boolean {
  return code.length === 2 && countryName(code) !== null
}

export function assess(item: AdvanceItem, rule: DestinationRule): Assessment {
  const found: Array<Omit<Finding, 'severity'>> = []
  const add = (code: FindingCode, field: string, message: string): void => {
    found.push({ code, field, message })
  }
  const unreadable = new Set<string>()
  for (const u of item.unreadable) {
    unreadable.add(u.field)
    if (u.field === 'category') add('category_unknown', 'category', `category '${u.value}' is unknown`)
    else add('value_unreadable', u.field, `${u.field} '${u.value}' is not ${u.expected}`)
  }

  const goods = item.category !== 'documents'
  if (item.category === null && !unreadable.has('category')) {
    add('category_missing', 'category', 'category of item missing')
  }
  if (item.gift === true && item.category !== null && COMMERCIAL_CATEGORIES.includes(item.category)) {
    add('gift_conflict', 'gift', `declared both a gift and ${CATEGORY_WORDS[item.category]}`)
  }
  if ((item.totalWeightKg === null && !unreadable.has('totalWeightKg')) || item.totalWeightKg === 0) {
    add('weight_missing', 'totalWeightKg', 'total weight missing')
  }

  // The item's total value.
  if (goods) {
    if (item.totalValue === null && !unreadable.has('totalValue')) {
      add('value_missing', 'totalValue', 'total value missing')
    } else if (item.totalValue === 0 || item.totalValue === 1) {
      add('value_implausible', 'totalValue', `total value ${item.totalValue} is not credible`)
    }
  }
  if (item.currency === null) {
    if (item.totalValue !== null) add('currency_missing', 'currency', 'currency of the total value missing')
  } else if (!CURRENCY.test(item.currency)) {
    add('currency_invalid', 'currency', `currency '${item.currency}' is not a 3-letter ISO 4217 code`)
  }
  if (item.originCountry !== null && !validCountry(item.originCountry)) {
    add(
      'country_invalid',
      'originCountry',
      `origin country '${item.originCountry}' is not an ISO country code`,
    )
  }

  // The content lines.
  if (goods && item.lines.length === 0) add('content_missing', 'lines', 'no content lines: what is inside?')
  const needHs = hsRequired(item, rule)
  let valueSum = 0
  let valuesComplete = item.lines.length > 0
  let sameCurrency = true
  let netSum = 0
  item.lines.forEach((line, i) => {
    const n = i + 1
    const at = `lines[${n}]`
    if (line.description === null)
      add('description_missing', `${at}.description`, `content line ${n} has no description`)
    else if (line.description.length <= 60 && isVague(line.description)) {
      add('description_vague', `${at}.description`, `description '${line.description}' is too vague`)
    }
    if (line.value === null) valuesComplete = false
    else {
      valueSum += line.value
      if (goods && (line.value === 0 || line.value === 1)) {
        add('value_implausible', `${at}.value`, `content line ${n} value ${line.value} is not credible`)
      }
    }
    if (line.currency !== null) {
      if (!CURRENCY.test(line.currency)) {
        add(
          'currency_invalid',
          `${at}.currency`,
          `currency '${line.currency}' is not a 3-letter ISO 4217 code`,
        )
        sameCurrency = false
      } else if (item.currency !== null && line.currency !== item.currency) {
        add(
          'currency_mismatch',
          `${at}.currency`,
          `content line ${n} is in ${line.currency} but the total in ${item.currency}`,
        )
        sameCurrency = false
      }
    }
    if (line.hsCode !== null) {
      if (!HS.test(line.hsCode))
        add('hs_invalid', `${at}.hsCode`, `HS code '${line.hsCode}' is not 6 to 10 digits`)
    } else if (needHs) {
      add('hs_missing', `${at}.hsCode`, `HS code missing for ${CATEGORY_WORDS[item.category!]}`)
    }
    if (line.netWeightKg === null) {
      if (!unreadable.has(`${at}.netWeightKg`))
        add('line_weight_missing', `${at}.netWeightKg`, `content line ${n} has no net weight`)
    } else netSum += line.netWeightKg
    if (line.originCountry === null) {
      if (goods) add('origin_missing', `${at}.originCountry`, `content line ${n} has no origin country`)
    } else if (!validCountry(line.originCountry)) {
      add(
        'country_invalid',
        `${at}.originCountry`,
        `origin country '${line.originCountry}' is not an ISO country code`,
      )
    }
  })
  if (
    valuesComplete &&
    sameCurrency &&
    item.totalValue !== null &&
    Math.abs(item.totalValue - valueSum) >= 0.005
  ) {
    add(
      'total_mismatch',
      'totalValue',
      `total value ${money(item.totalValue)} is not the sum of the content lines (${money(valueSum)})`,
    )
  }
  if (item.totalWeightKg !== null && item.totalWeightKg > 0 && netSum > item.totalWeightKg + 0.0005) {
    add(
      'weight_mismatch',
      'totalWeightKg',
      `the content lines weigh ${kg(netSum)} net, more than the item's ${kg(item.totalWeightKg)}`,
    )
  }

  partyFindings(item.sender, 'sender', add)
  partyFindings(item.addressee, 'addressee', add)

  const required = needsEad(item, rule)
  const findings: Finding[] = found.map((f) => ({
    ...f,
    severity: required && !rule.warnOnly.includes(f.code) ? 'block' : 'warn',
  }))
  const blocking = findings.filter((f) => f.severity === 'block')
  let status: DataStatus = 'complete'
  if (blocking.length > 0) {
    status = blocking.some((f) => FINDING_KINDS[f.code] === 'invalid') ? 'error' : 'incomplete'
  }
  return {
    status,
    needsEad: required,
    findings,
    reason: status === 'complete' ? null : reasonWords(status, blocking),
  }
}

function partyFindings(
  p: Party,
  role: 'sender' | 'addressee',
  add: (code: FindingCode, field: string, message: string) => void,
): void {
  if (p.name === null) add('address_incomplete', `${role}.name`, `${role}'s name missing`)
  if (p.addressLines.length === 0) add('address_incomplete', `${role}.street`, `${role}'s street missing`)
  if (p.city === null) add('address_incomplete', `${role}.city`, `${role}'s city missing`)
  if (p.country === null) add('address_incomplete', `${role}.country`, `${role}'s country missing`)
  else if (!validCountry(p.country)) {
    add('country_invalid', `${role}.country`, `${role}'s country '${p.country}' is not an ISO country code`)
  }
}

/** "advance data incomplete: description 'gift' is too vague; HS code missing for a sale of goods". */
export function reasonWords(status: DataStatus, blocking: readonly Finding[]): string {
  // One phrase per distinct problem; a party's missing address parts make one phrase.
  const phrases: Array<string | { role: string; parts: string[] }> = []
  const parties = new Map<string, { role: string; parts: string[] }>()
  for (const f of blocking) {
    if (f.code === 'address_incomplete') {
      const [role = '', part = ''] = f.field.split('.')
      let entry = parties.get(role)
      if (!entry) {
        entry = { role, parts: [] }
        parties.set(role, entry)
        phrases.push(entry)
      }
      entry.parts.push(part)
    } else if (!phrases.includes(f.message)) phrases.push(f.message)
  }
  const words = phrases.map((p) =>
    typeof p === 'string' ? p : `${p.role}'s address incomplete (no ${p.parts.join(', ')})`,
  )
  const shown = words.slice(0, REASON_PHRASES).join('; ')
  const more = words.length - REASON_PHRASES
  const head = status === 'error' ? 'advance data in error' : 'advance data incomplete'
  return `${head}: ${shown}${more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : ''}`
}
