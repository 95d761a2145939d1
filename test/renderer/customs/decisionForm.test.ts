import { describe, expect, it } from 'vitest'
import {
  dutyDue,
  emptyDecisionForm,
  isFinal,
  readDecision,
  readReference,
  takesDuty,
  type DecisionForm,
} from '../../../src/renderer/customs/decisionForm'
import { decision } from './fixtures'

function form(change: Partial<DecisionForm>): DecisionForm {
  return { ...emptyDecisionForm('EUR'), ...change }
}

describe('a decision as the officer fills it in', () => {
  it('sends a hold with its kind, reason and note, trimmed', () => {
    expect(
      readDecision(
        'hold',
        form({ kind: 'documents_required', reason: ' commercial invoice missing ', note: ' called sender ' }),
      ),
    ).toEqual({
      ok: true,
      options: { kind: 'documents_required', reason: 'commercial invoice missing', note: 'called sender' },
    })
  })

  it('asks a hold why it holds, and every decision for its reason', () => {
    expect(readDecision('hold', form({}))).toEqual({
      ok: false,
      errors: { kind: 'customsDecide.kindMissing', reason: 'customsDecide.reasonMissing' },
    })
    expect(readDecision('seize', form({ reason: '   ' }))).toEqual({
      ok: false,
      errors: { reason: 'customsDecide.reasonMissing' },
    })
    expect(readDecision('release', form({ reason: 'x'.repeat(201) }))).toEqual({
      ok: false,
      errors: { reason: 'customsDecide.reasonTooLong' },
    })
  })

  it('requires the duty with a "duty payable" hold, in cents and a 3-letter currency', () => {
    const duty = form({ kind: 'duty_payable', reason: 'value above the threshold' })
    expect(readDecision('hold', duty)).toEqual({
      ok: false,
      errors: { dutyAmount: 'customsDecide.dutyMissing' },
    })
    expect(readDecision('hold', { ...duty, dutyAmount: '45,90', dutyCurrency: 'eur' })).toEqual({
      ok: true,
      options: {
        kind: 'duty_payable',
        reason: 'value above the threshold',
        duty: { amount: 45.9, currency: 'EUR' },
      },
    })
    expect(readDecision('hold', { ...duty, dutyAmount: '45.905' })).toEqual({
      ok: false,
      errors: { dutyAmount: 'customsDecide.dutyCents' },
    })
    expect(readDecision('hold', { ...duty, dutyAmount: '0', dutyCurrency: 'EURO' })).toEqual({
      ok: false,
      errors: { dutyAmount: 'customsDecide.dutyInvalid', dutyCurrency: 'customsDecide.currencyInvalid' },
    })
  })

  it('takes duty with a release if given, and never with another hold, a return or a seizure', () => {
    expect(readDecision('release', form({ reason: 'invoice received' }))).toEqual({
      ok: true,
      options: { reason: 'invoice received' },
    })
    expect(readDecision('release', form({ reason: 'duty assessed', dutyAmount: '12.40' }))).toEqual({
      ok: true,
      options: { reason: 'duty assessed', duty: { amount: 12.4, currency: 'EUR' } },
    })
    // A duty typed before the kind was changed is not sent with an inspection hold.
    expect(readDecision('hold', form({ kind: 'inspection', reason: 'X-ray', dutyAmount: '12' }))).toEqual({
      ok: true,
      options: { kind: 'inspection', reason: 'X-ray' },
    })
    expect(takesDuty('hold', 'duty_payable')).toBe('required')
    expect(takesDuty('release', null)).toBe('optional')
    expect(takesDuty('return', null)).toBeNull()
    expect(takesDuty('seize', null)).toBeNull()
  })

  it('confirms only the final decisions', () => {
    expect(isFinal('return')).toBe(true)
    expect(isFinal('seize')).toBe(true)
    expect(isFinal('hold')).toBe(false)
    expect(isFinal('release')).toBe(false)
  })
})

describe('duty to pay', () => {
  it('is due on the latest decision that set duty, until paid', () => {
    const set = decision({ id: 3, kind: 'duty_payable', duty: { amount: 45.9, currency: 'EUR' } })
    const release = decision({ id: 4, decision: 'release', kind: null, duty: null })
    expect(dutyDue({ decisions: [decision(), set, release] })).toEqual(set)
    expect(dutyDue({ decisions: [{ ...set, paymentReference: 'RC-88412' }, release] })).toBeNull()
    expect(dutyDue({ decisions: [decision()] })).toBeNull()
  })

  it('takes a payment reference of 1 to 64 characters', () => {
    expect(readReference(' RC-88412 ')).toEqual({ ok: true, reference: 'RC-88412' })
    expect(readReference('  ')).toEqual({ ok: false, error: 'customsPayment.referenceMissing' })
    expect(readReference('9'.repeat(65))).toEqual({ ok: false, error: 'customsPayment.referenceTooLong' })
  })
})
