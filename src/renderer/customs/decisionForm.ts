// What the officer fills in for a decision, read into the engine's options with a reason per field: a
// hold needs its kind, every decision its reason in words (the bagging station shows it), a note is
// optional, and duty goes with a "duty payable" hold (where it is required) or a release (optional).
// Returning and seizing are final, so the dialog asks once more before sending them. Pure.
import type {
  CustomsDecideOptions,
  CustomsDecision,
  CustomsDecisionKind,
  CustomsItem,
  HoldKind,
} from '../../api/customs'
import type { MessageKey } from '../i18n/en'
import { parseDecimal } from './queueFilter'

export interface DecisionForm {
  kind: HoldKind | null
  reason: string
  note: string
  dutyAmount: string
  dutyCurrency: string
}

export type DecisionField = keyof DecisionForm

export function emptyDecisionForm(currency: string): DecisionForm {
  return { kind: null, reason: '', note: '', dutyAmount: '', dutyCurrency: currency }
}

export type DecisionReading =
  | { ok: true; options: CustomsDecideOptions }
  | { ok: false; errors: Partial<Record<DecisionField, MessageKey>> }

/** The engine's limits (api/customs.ts), checked here so the person learns them before sending. */
const MAX_REASON = 200
const MAX_NOTE = 1000
const MAX_DUTY = 1_000_000_000

/** Whether this decision takes a duty: a hold for duty payable (required), or a release (optional). */
export function takesDuty(
  decision: CustomsDecisionKind,
  kind: HoldKind | null,
): 'required' | 'optional' | null {
  if (decision === 'hold') return kind === 'duty_payable' ? 'required' : null
  return decision === 'release' ? 'optional' : null
}

/** Returning and seizing cannot be taken back from this screen: they are confirmed a second time. */
export function isFinal(decision: CustomsDecisionKind): boolean {
  return decision === 'return' || decision === 'seize'
}

/** Digits after the decimal mark as typed: a duty is in cents, never in fractions of them. */
function decimals(text: string): number {
  return /[.,](\d*)$/.exec(text.replace(/\s/g, ''))?.[1]?.length ?? 0
}

export function readDecision(decision: CustomsDecisionKind, form: DecisionForm): DecisionReading {
  const errors: Partial<Record<DecisionField, MessageKey>> = {}
  const options: CustomsDecideOptions = {}

  if (decision === 'hold') {
    if (form.kind === null) errors.kind = 'customsDecide.kindMissing'
    else options.kind = form.kind
  }
  const reason = form.reason.trim()
  if (reason === '') errors.reason = 'customsDecide.reasonMissing'
  else if (reason.length > MAX_REASON) errors.reason = 'customsDecide.reasonTooLong'
  else options.reason = reason
  const note = form.note.trim()
  if (note.length > MAX_NOTE) errors.note = 'customsDecide.noteTooLong'
  else if (note !== '') options.note = note

  const duty = takesDuty(decision, form.kind)
  if (duty !== null) {
    const amountText = form.dutyAmount.trim()
    const currency = form.dutyCurrency.trim().toUpperCase()
    if (amountText === '') {
      if (duty === 'required') errors.dutyAmount = 'customsDecide.dutyMissing'
    } else {
      const amount = parseDecimal(amountText)
      if (amount === null || amount <= 0 || amount > MAX_DUTY) errors.dutyAmount = 'customsDecide.dutyInvalid'
      else if (decimals(amountText) > 2) errors.dutyAmount = 'customsDecide.dutyCents'
      if (!/^[A-Z]{3}$/.test(currency)) errors.dutyCurrency = 'customsDecide.currencyInvalid'
      if (amount !== null && errors.dutyAmount === undefined && errors.dutyCurrency === undefined) {
        options.duty = { amount, currency }
      }
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, options }
}

/**
 * The decision whose duty is still to be paid, if any: the engine records a payment against the latest
 * decision that set duty, so only that one can be paid.
 */
export function dutyDue(item: Pick<CustomsItem, 'decisions'>): CustomsDecision | null {
  const withDuty = item.decisions.filter((d) => d.duty !== null || d.kind === 'duty_payable')
  const latest = withDuty.reduce<CustomsDecision | null>(
    (found, d) => (found === null || d.id > found.id ? d : found),
    null,
  )
  return latest !== null && latest.paymentReference === null ? latest : null
}

/** A payment reference as the engine takes it: 1 to 64 characters. */
export function readReference(
  text: string,
): { ok: true; reference: string } | { ok: false; error: MessageKey } {
  const reference = text.trim()
  if (reference === '') return { ok: false, error: 'customsPayment.referenceMissing' }
  if (reference.length > 64) return { ok: false, error: 'customsPayment.referenceTooLong' }
  return { ok: true, reference }
}
