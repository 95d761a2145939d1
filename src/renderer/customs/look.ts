// Where an item stands with customs, as words, colour and icon: presented (blue hourglass, waiting for
// the officer), held (amber triangle, with its kind), released (green tick), returned to sender (grey
// slashed ring, out of the stream going back) and seized (red cross, out of the stream for good). The
// shapes differ, so the state reads without colour. Pure, so every state is unit-tested.
import type {
  CustomsDecision,
  CustomsDecisionKind,
  CustomsQueueEntry,
  CustomsState,
  HoldKind,
} from '../../api/customs'
import { countryName, officeName } from '../codes/names'
import type { Tone } from '../feedback/tones'
import type { MessageKey } from '../i18n/en'
import type { Language, Translate } from '../i18n/languages'
import type { Look } from '../labels/printerStatus'

export function stateLook(state: CustomsState): Look {
  switch (state) {
    case 'presented':
      return { tone: 'working', icon: 'hourglass' }
    case 'held':
      return { tone: 'attention', icon: 'triangle' }
    case 'released':
      return { tone: 'ready', icon: 'tick' }
    case 'returned':
      return { tone: 'idle', icon: 'slash' }
    case 'seized':
      return { tone: 'fault', icon: 'cross' }
  }
}

/** The state a decision leaves the item in: its colour and icon in the history. */
export const STATE_AFTER: Record<CustomsDecisionKind, CustomsState> = {
  hold: 'held',
  release: 'released',
  return: 'returned',
  seize: 'seized',
}

export function holdKindKey(kind: HoldKind): MessageKey {
  return `customs.kind.${kind}`
}

/** The state in one line: "Held: documents required", with the officer's words when no kind was given. */
export function stateWords(
  entry: Pick<CustomsQueueEntry, 'state' | 'lastDecision' | 'hold'>,
  t: Translate,
): string {
  if (entry.state !== 'held') return t(`customs.state.${entry.state}`)
  const decision = entry.lastDecision
  const why =
    decision && decision.kind !== null
      ? t(holdKindKey(decision.kind))
      : (decision?.reason ?? entry.hold ?? null)
  return why ? t('customs.state.heldWhy', { why }) : t('customs.state.held')
}

/**
 * The tone of opening an item: good when post may carry it on or customs has yet to look, the warning
 * tone when customs keeps it (held, returned, seized), so a person hears the difference without looking.
 */
export function openingTone(state: CustomsState | null): Tone {
  return state === 'held' || state === 'returned' || state === 'seized' ? 'warning' : 'good'
}

/**
 * Money as a customs officer reads it: the ISO code, never a symbol that several currencies share
 * ("EUR 184.50", "184,50 EUR"). A currency the data does not give is said so.
 */
export function formatMoney(
  amount: number,
  currency: string | null,
  language: Language,
  t: Translate,
): string {
  if (currency !== null && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(language, {
        style: 'currency',
        currency,
        currencyDisplay: 'code',
      }).format(amount)
    } catch {
      // An unknown code: shown as given below.
    }
  }
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(amount)
  return currency === null ? t('customs.money.noCurrency', { amount: number }) : `${number} ${currency}`
}

/** Kilograms to the gram, as content lines declare them (0.16 kg, not 0.2 kg). */
export function formatKg(kg: number, language: Language): string {
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'kilogram',
    unitDisplay: 'short',
    maximumFractionDigits: 3,
  }).format(kg)
}

/** A decision as the history lists it: "Held — duty payable", "Returned to sender", "Seized". */
export function decisionHeadline(decision: CustomsDecision, t: Translate): string {
  const head = t(`customs.decided.${decision.decision}`)
  return decision.decision === 'hold' && decision.kind !== null
    ? t('customs.decided.holdKind', { head, kind: t(holdKindKey(decision.kind)) })
    : head
}

/** The duty a decision set, in words with its payment: "EUR 45.00, paid (ref. 88412)" or "…, not paid yet". */
export function dutyWords(decision: CustomsDecision, language: Language, t: Translate): string | null {
  if (decision.duty === null) return decision.kind === 'duty_payable' ? t('customs.duty.amountUnknown') : null
  const amount = formatMoney(decision.duty.amount, decision.duty.currency, language, t)
  return decision.paymentReference === null
    ? t('customs.duty.unpaid', { amount })
    : t('customs.duty.paid', { amount, reference: decision.paymentReference })
}

/** The name of a destination code: a country's in the person's language, an office's from the list. */
export function destinationName(code: string, language: Language): string | null {
  if (code.length === 2) return countryName(code, language)
  const office = officeName(code)
  return office.listed ? office.name : null
}
