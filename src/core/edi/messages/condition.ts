// Why this file exists: RESDES and RESCON both report, per receptacle, what the receiving office found
// (received, missing, damaged…). The STS segment and its code list are shared so the two stay alike.
import type { ReceptacleCondition } from '../records'
import type { Segment } from '../types'
import { seg } from './build'
import { codesOf, conditionByCode, conditionCode, RECEPTACLE_CONDITION_LIST } from './codes'
import { qualifier, row, type MessageRow } from './table'
import { fail, required } from './values'

export function conditionRow(occurs: string): MessageRow {
  return row(
    'STS',
    occurs,
    'Condition on receipt',
    [
      '1: 1 (status category)',
      `2:1 condition code: ${RECEPTACLE_CONDITION_LIST.entries.map((e) => `${e.code} ${e.condition}`).join(', ')} (codes UNCONFIRMED)`,
    ],
    qualifier('1'),
  )
}

export function encodeCondition(condition: ReceptacleCondition): Segment {
  return seg('STS', '1', conditionCode(condition))
}

export function decodeCondition(sts: Segment): ReceptacleCondition {
  const code = required(sts, 2, 1, 'Condition code')
  const entry = conditionByCode(code)
  if (!entry) {
    fail(
      sts,
      2,
      1,
      `Condition code "${code}" is unknown: it must be one of ${codesOf(RECEPTACLE_CONDITION_LIST)}.`,
    )
  }
  return entry.condition
}
