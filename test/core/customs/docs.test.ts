// docs/itmatt.md is written by hand; this keeps it in step with the data it documents: every element
// and column name, every finding, every destination rule.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DESTINATION_RULES, FINDING_CODES, itmattNames } from '../../../src/core/customs'

const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'itmatt.md'), 'utf8')

function names(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(names)
  if (value && typeof value === 'object') return Object.values(value).flatMap(names)
  return []
}

describe('docs/itmatt.md', () => {
  it('lists every XML element and CSV column name the data accepts', () => {
    const { xml, csv } = itmattNames
    const all = [...names(xml), ...names({ ...csv, comment: undefined })]
    const missing = [...new Set(all)].filter((n) => !doc.includes(`\`${n}\``))
    expect(missing).toEqual([])
  })

  it('describes every finding and every destination rule', () => {
    expect(FINDING_CODES.filter((c) => !doc.includes(`\`${c}\``))).toEqual([])
    for (const rule of DESTINATION_RULES) expect(doc).toContain(rule.name.split(':')[0])
  })
})
