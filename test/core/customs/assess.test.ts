// Every data-quality rule, one row each: what the item says, the finding (code, field, words), whether
// it blocks for the destination, and the status that follows.
import { describe, expect, it } from 'vitest'
import {
  assess,
  DESTINATION_RULES,
  ruleFor,
  type AdvanceItem,
  type FindingCode,
} from '../../../src/core/customs'
import { addressee, goodItem, line, sender } from './fixtures'

const US = ruleFor('US')
const BASELINE = ruleFor('BR')

interface Row {
  rule: string
  item: AdvanceItem
  code: FindingCode
  field: string
  words: string
  status: 'incomplete' | 'error'
}

const rows: Row[] = [
  {
    rule: 'an empty description',
    item: goodItem({ lines: [line({ description: null }), line({ value: 15 })] }),
    code: 'description_missing',
    field: 'lines[1].description',
    words: 'content line 1 has no description',
    status: 'incomplete',
  },
  ...['gift', 'Parts', 'clothes.', ' GOODS ', 'items', 'sample', 'stuff', 'Various'].map((d): Row => ({
    rule: `the vague description "${d}"`,
    item: goodItem({ lines: [line({ description: d, value: 45 })] }),
    code: 'description_vague',
    field: 'lines[1].description',
    words: `description '${d}' is too vague`,
    status: 'incomplete',
  })),
  {
    rule: 'a total value of 0',
    item: goodItem({ totalValue: 0, lines: [line({ value: null })] }),
    code: 'value_implausible',
    field: 'totalValue',
    words: 'total value 0 is not credible',
    status: 'error',
  },
  {
    rule: 'a content line worth 1',
    item: goodItem({ totalValue: 16, lines: [line({ value: 1 }), line({ value: 15 })] }),
    code: 'value_implausible',
    field: 'lines[1].value',
    words: 'content line 1 value 1 is not credible',
    status: 'error',
  },
  {
    rule: 'no total value',
    item: goodItem({ totalValue: null }),
    code: 'value_missing',
    field: 'totalValue',
    words: 'total value missing',
    status: 'incomplete',
  },
  {
    rule: 'no HS code on a sale of goods to a destination that requires them',
    item: goodItem({ lines: [line({ hsCode: null, value: 45 })] }),
    code: 'hs_missing',
    field: 'lines[1].hsCode',
    words: 'HS code missing for a sale of goods',
    status: 'incomplete',
  },
  {
    rule: 'an HS code of 4 digits',
    item: goodItem({ lines: [line({ hsCode: '6109', value: 45 })] }),
    code: 'hs_invalid',
    field: 'lines[1].hsCode',
    words: "HS code '6109' is not 6 to 10 digits",
    status: 'error',
  },
  {
    rule: 'an HS code of 11 digits',
    item: goodItem({ lines: [line({ hsCode: '61091000001', value: 45 })] }),
    code: 'hs_invalid',
    field: 'lines[1].hsCode',
    words: "HS code '61091000001' is not 6 to 10 digits",
    status: 'error',
  },
  {
    rule: 'an HS code with letters',
    item: goodItem({ lines: [line({ hsCode: '61A910', value: 45 })] }),
    code: 'hs_invalid',
    field: 'lines[1].hsCode',
    words: "HS code '61A910' is not 6 to 10 digits",
    status: 'error',
  },
  ...(['name', 'city', 'country'] as const).map((part): Row => ({
    rule: `an addressee without ${part}`,
    item: goodItem({ addressee: addressee({ [part]: null }) }),
    code: 'address_incomplete',
    field: `addressee.${part}`,
    words: `addressee's ${part} missing`,
    status: 'incomplete',
  })),
  {
    rule: 'a sender without street',
    item: goodItem({ sender: sender({ addressLines: [] }) }),
    code: 'address_incomplete',
    field: 'sender.street',
    words: "sender's street missing",
    status: 'incomplete',
  },
  {
    rule: 'a country that is not an ISO code',
    item: goodItem({ addressee: addressee({ country: 'USA' }) }),
    code: 'country_invalid',
    field: 'addressee.country',
    words: "addressee's country 'USA' is not an ISO country code",
    status: 'error',
  },
  {
    rule: 'a content line in another currency than the total',
    item: goodItem({ lines: [line({ currency: 'USD' }), line({ value: 15 })] }),
    code: 'currency_mismatch',
    field: 'lines[1].currency',
    words: 'content line 1 is in USD but the total in EUR',
    status: 'error',
  },
  {
    rule: 'a currency that is not an ISO 4217 code',
    item: goodItem({ currency: 'EURO' }),
    code: 'currency_invalid',
    field: 'currency',
    words: "currency 'EURO' is not a 3-letter ISO 4217 code",
    status: 'error',
  },
  {
    rule: 'a total value without currency',
    item: goodItem({ currency: null }),
    code: 'currency_missing',
    field: 'currency',
    words: 'currency of the total value missing',
    status: 'incomplete',
  },
  {
    rule: 'a total value that is not the sum of the lines',
    item: goodItem({ totalValue: 50 }),
    code: 'total_mismatch',
    field: 'totalValue',
    words: 'total value 50 is not the sum of the content lines (45)',
    status: 'error',
  },
  {
    rule: 'no total weight',
    item: goodItem({ totalWeightKg: null }),
    code: 'weight_missing',
    field: 'totalWeightKg',
    words: 'total weight missing',
    status: 'incomplete',
  },
  {
    rule: 'a total weight of 0',
    item: goodItem({ totalWeightKg: 0 }),
    code: 'weight_missing',
    field: 'totalWeightKg',
    words: 'total weight missing',
    status: 'incomplete',
  },
  {
    rule: 'lines heavier than the item',
    item: goodItem({ totalWeightKg: 0.5 }),
    code: 'weight_mismatch',
    field: 'totalWeightKg',
    words: "the content lines weigh 0.6 kg net, more than the item's 0.5 kg",
    status: 'error',
  },
  {
    rule: 'goods with no content lines',
    item: goodItem({ lines: [], totalValue: 45 }),
    code: 'content_missing',
    field: 'lines',
    words: 'no content lines: what is inside?',
    status: 'incomplete',
  },
  {
    rule: 'no category',
    item: goodItem({ category: null, gift: null }),
    code: 'category_missing',
    field: 'category',
    words: 'category of item missing',
    status: 'incomplete',
  },
  {
    rule: 'an unknown category',
    item: goodItem({ category: null, unreadable: [{ field: 'category', value: 'stuff', expected: '…' }] }),
    code: 'category_unknown',
    field: 'category',
    words: "category 'stuff' is unknown",
    status: 'error',
  },
  {
    rule: 'a sale of goods declared as a gift',
    item: goodItem({ gift: true }),
    code: 'gift_conflict',
    field: 'gift',
    words: 'declared both a gift and a sale of goods',
    status: 'error',
  },
  {
    rule: 'a value that is not a number',
    item: goodItem({ unreadable: [{ field: 'totalValue', value: 'abc', expected: 'a number' }] }),
    code: 'value_unreadable',
    field: 'totalValue',
    words: "totalValue 'abc' is not a number",
    status: 'error',
  },
]

describe('the data-quality rules', () => {
  it('find nothing in a well-declared item', () => {
    expect(assess(goodItem(), US)).toEqual({ status: 'complete', needsEad: true, findings: [], reason: null })
  })

  it.each(rows)('$rule → $code on $field, $status', ({ item, code, field, words, status }) => {
    const a = assess(item, US)
    const f = a.findings.find((x) => x.code === code && x.field === field)
    expect(f, JSON.stringify(a.findings)).toEqual({ code, field, severity: 'block', message: words })
    expect(a.status).toBe(status)
    expect(a.reason).toContain(
      words.replace(/^(addressee|sender)'s (\w+) missing$/, "$1's address incomplete (no $2)"),
    )
  })

  it('warn only where the destination says so: no line origin country, no line net weight', () => {
    const a = assess(goodItem({ lines: [line({ originCountry: null, netWeightKg: null, value: 45 })] }), US)
    expect(a.findings.map((f) => [f.code, f.severity])).toEqual([
      ['line_weight_missing', 'warn'],
      ['origin_missing', 'block'],
    ])
    const eu = assess(
      goodItem({ destinationCountry: 'FR', lines: [line({ originCountry: null, value: 45 })] }),
      ruleFor('FR'),
    )
    expect(eu.findings).toEqual([expect.objectContaining({ code: 'origin_missing', severity: 'warn' })])
    expect(eu.status).toBe('complete')
  })

  it('ask HS codes for commercial items only where the destination requires them', () => {
    const noHs = goodItem({ lines: [line({ hsCode: null, value: 45 })] })
    expect(assess(noHs, BASELINE).findings).toEqual([])
    expect(assess(noHs, ruleFor('DE')).findings.map((f) => f.code)).toEqual(['hs_missing'])
    expect(assess({ ...noHs, category: 'gift' }, US).findings).toEqual([])
    expect(assess({ ...noHs, category: 'commercial_sample' }, US).reason).toBe(
      'advance data incomplete: HS code missing for a commercial sample',
    )
  })

  it('say in words what blocks: "gift" too vague and no HS code for a sale of goods', () => {
    const a = assess(
      goodItem({ lines: [line({ description: 'gift', hsCode: null, value: 45 })] }),
      ruleFor('FR'),
    )
    expect(a.status).toBe('incomplete')
    expect(a.reason).toBe(
      "advance data incomplete: description 'gift' is too vague; HS code missing for a sale of goods",
    )
  })

  it('group a party’s missing address parts, and count what the reason leaves out', () => {
    const a = assess(
      goodItem({
        addressee: addressee({ name: null, city: null }),
        totalWeightKg: null,
        totalValue: 0,
        currency: 'EURO',
        lines: [line({ description: 'stuff', value: 45, currency: null })],
      }),
      US,
    )
    expect(a.status).toBe('error')
    expect(a.reason).toBe(
      "advance data in error: total weight missing; total value 0 is not credible; currency 'EURO' is not a 3-letter ISO 4217 code; description 'stuff' is too vague; and 2 more problems",
    )
    expect(a.findings.filter((f) => f.code === 'address_incomplete').map((f) => f.field)).toEqual([
      'addressee.name',
      'addressee.city',
    ])
  })

  it('require EAD by mail class: parcels and EMS always, letters only with goods', () => {
    expect(assess(goodItem({ mailClass: 'C' }), US).needsEad).toBe(true)
    expect(assess(goodItem({ mailClass: 'E' }), US).needsEad).toBe(true)
    expect(assess(goodItem({ mailClass: 'U' }), US).needsEad).toBe(true)
    const letter = assess(
      goodItem({
        mailClass: 'U',
        category: 'documents',
        totalValue: 0,
        lines: [line({ description: 'papers', value: 0, hsCode: null })],
      }),
      US,
    )
    expect(letter.needsEad).toBe(false)
    // Nothing blocks an item that needs no EAD: what was found is told as warnings.
    expect(letter.status).toBe('complete')
    expect(letter.findings.every((f) => f.severity === 'warn')).toBe(true)
  })

  it('treat a value of 0 on documents as normal', () => {
    const docs = goodItem({
      category: 'documents',
      totalValue: 0,
      lines: [line({ description: 'contract', value: 0, hsCode: null })],
    })
    expect(assess(docs, US).findings.map((f) => f.code)).toEqual([])
  })
})

describe('the destination rules (data)', () => {
  it('pick the office rule, then the country rule, then the baseline', () => {
    expect(ruleFor('FR').name).toMatch(/ICS2/)
    expect(ruleFor('US').name).toMatch(/United States/)
    expect(ruleFor('BR').destinations).toEqual(['*'])
    expect(ruleFor(null).destinations).toEqual(['*'])
    expect(ruleFor('US', 'USORDA').name).toMatch(/United States/)
  })

  it('name each destination once, with known findings', () => {
    const all = DESTINATION_RULES.flatMap((r) => r.destinations)
    expect(new Set(all).size).toBe(all.length)
    for (const r of DESTINATION_RULES) expect(['commercial', 'goods', 'optional']).toContain(r.hsCodes)
  })
})
