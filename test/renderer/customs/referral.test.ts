// The referral the Customs screen offers to answer: the newest one still open and unanswered in the
// item's advance data, the response codes that answer its kind, and the action taken as typed.
import { describe, expect, it } from 'vitest'
import type { CustomsItem } from '../../../src/api/customs'
import { answerCodes, readAction, waitingReferral } from '../../../src/renderer/customs/referral'

function withReferrals(rows: Array<Record<string, unknown>> | null): CustomsItem {
  return {
    advance: rows === null ? null : { value: null, records: { ead_referral: rows } },
  } as unknown as CustomsItem
}

const row = (change: Record<string, unknown>) => ({
  id: 1,
  item_id: 'CP000000015FR',
  status: 'rfi',
  reason: 'Invoice please',
  seq: 4,
  closed_seq: null,
  message: 3,
  answered_seq: null,
  ...change,
})

describe('waitingReferral', () => {
  it('is the newest referral neither closed nor answered', () => {
    const item = withReferrals([
      row({ id: 1, status: 'rfs', closed_seq: 9, answered_seq: 9 }),
      row({ id: 2, status: 'rfi', reason: null }),
      row({ id: 3, status: 'dnl', closed_seq: null, answered_seq: 12 }),
    ])
    expect(waitingReferral(item)).toEqual({ status: 'rfi', asked: null })
  })

  it('reads a database from before answers were kept (no answered_seq column)', () => {
    const { answered_seq: _, ...old } = row({ status: 'dnl' })
    expect(waitingReferral(withReferrals([old]))).toEqual({ status: 'dnl', asked: 'Invoice please' })
  })

  it('is null without advance data, when everything is answered, or for a completed assessment', () => {
    expect(waitingReferral(withReferrals(null))).toBeNull()
    expect(waitingReferral(withReferrals([row({ closed_seq: 5, answered_seq: 5 })]))).toBeNull()
    expect(waitingReferral(withReferrals([row({ status: 'assessment_complete' })]))).toBeNull()
  })
})

describe('answerCodes and readAction', () => {
  it('offers only the codes that answer the kind of referral', () => {
    expect(answerCodes('rfi')).toEqual(['INFO', 'NOTLOADED', 'RETURNED', 'NOINFO'])
    expect(answerCodes('rfs')).toEqual(['SCREENED', 'NOTLOADED', 'RETURNED'])
    expect(answerCodes('dnl')).toEqual(['NOTLOADED', 'RETURNED'])
  })

  it('wants the action in words, at most 512 characters', () => {
    expect(readAction('  Invoice sent  ')).toEqual({ ok: true, action: 'Invoice sent' })
    expect(readAction('   ')).toEqual({ ok: false, error: 'customsAnswer.actionMissing' })
    expect(readAction('x'.repeat(513))).toEqual({ ok: false, error: 'customsAnswer.actionTooLong' })
  })
})
