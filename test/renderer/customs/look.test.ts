import { describe, expect, it } from 'vitest'
import { CUSTOMS_STATES } from '../../../src/api/customs'
import { translator } from '../../../src/renderer/i18n/languages'
import {
  decisionHeadline,
  destinationName,
  dutyWords,
  formatKg,
  formatMoney,
  openingTone,
  stateLook,
  stateWords,
} from '../../../src/renderer/customs/look'
import { decision, entry, held } from './fixtures'

const en = translator('en')
const fr = translator('fr')
const es = translator('es')

describe('a customs state in words, colour and icon', () => {
  it('gives every state its own icon shape, so none is told by colour alone', () => {
    const looks = CUSTOMS_STATES.map(stateLook)
    expect(new Set(looks.map((look) => look.icon)).size).toBe(CUSTOMS_STATES.length)
    expect(stateLook('presented')).toEqual({ tone: 'working', icon: 'hourglass' })
    expect(stateLook('held')).toEqual({ tone: 'attention', icon: 'triangle' })
    expect(stateLook('released')).toEqual({ tone: 'ready', icon: 'tick' })
    expect(stateLook('returned')).toEqual({ tone: 'idle', icon: 'slash' })
    expect(stateLook('seized')).toEqual({ tone: 'fault', icon: 'cross' })
  })

  it('says a hold with its kind, in the officer’s language', () => {
    expect(stateWords(held(), en)).toBe('Held: documents required')
    expect(stateWords(held(), fr)).toBe('Retenu : documents à fournir')
    expect(stateWords(held(), es)).toBe('Retenido: documentación requerida')
    const duty = held({ lastDecision: decision({ kind: 'duty_payable' }) })
    expect(stateWords(duty, fr)).toBe('Retenu : droits et taxes à payer')
  })

  it('says a hold without a kind by the officer’s own words, else the hold the bagging station shows', () => {
    const words = held({ lastDecision: decision({ kind: null, reason: 'sender to call the desk' }) })
    expect(stateWords(words, en)).toBe('Held: sender to call the desk')
    expect(stateWords(held({ lastDecision: null, hold: 'held at the desk' }), en)).toBe(
      'Held: held at the desk',
    )
  })

  it('says the other states plainly', () => {
    expect(stateWords(entry(), en)).toBe('Presented, awaiting a decision')
    expect(stateWords(entry({ state: 'released' }), fr)).toBe('Mainlevée donnée')
    expect(stateWords(entry({ state: 'returned' }), es)).toBe('Devuelto al remitente')
    expect(stateWords(entry({ state: 'seized' }), en)).toBe('Seized')
  })

  it('sounds the warning tone when customs keeps the item, the good tone otherwise', () => {
    expect(openingTone('held')).toBe('warning')
    expect(openingTone('seized')).toBe('warning')
    expect(openingTone('returned')).toBe('warning')
    expect(openingTone('released')).toBe('good')
    expect(openingTone('presented')).toBe('good')
    expect(openingTone(null)).toBe('good')
  })
})

describe('money, weights and destinations', () => {
  it('writes money with its ISO code in each language’s number format', () => {
    expect(formatMoney(184.5, 'EUR', 'en', en)).toMatch(/^EUR\s?184\.50$/)
    expect(formatMoney(184.5, 'EUR', 'fr', fr)).toMatch(/^184,50\sEUR$/)
    expect(formatMoney(1250, 'USD', 'es', es)).toMatch(/^1\.?250,00\sUSD$/)
  })

  it('says when the data gives no currency, and keeps an odd one as given', () => {
    expect(formatMoney(12, null, 'en', en)).toBe('12 (currency not given)')
    expect(formatMoney(12.5, 'eur', 'fr', fr)).toBe('12,5 eur')
  })

  it('writes a content line’s net weight to the gram', () => {
    expect(formatKg(0.16, 'en')).toBe('0.16 kg')
    expect(formatKg(0.125, 'fr')).toMatch(/^0,125\skg$/)
  })

  it('names an office from the code list and a country in the person’s language', () => {
    expect(destinationName('USJFKA', 'en')).toBe('ISC New York')
    expect(destinationName('US', 'fr')).toBe('États-Unis')
    expect(destinationName('DE', 'es')).toBe('Alemania')
    expect(destinationName('ZZZZZZ', 'en')).toBeNull()
  })
})

describe('a decision in the history', () => {
  it('names the decision and the kind of a hold', () => {
    expect(decisionHeadline(decision(), en)).toBe('Held: documents required')
    expect(decisionHeadline(decision({ decision: 'return', kind: null }), fr)).toBe('Renvoyé à l’expéditeur')
    expect(decisionHeadline(decision({ decision: 'seize', kind: null }), es)).toBe('Decomisado')
  })

  it('says the duty and whether it was paid, with the payment reference', () => {
    const due = decision({ kind: 'duty_payable', duty: { amount: 45.9, currency: 'EUR' } })
    expect(dutyWords(due, 'en', en)).toMatch(/^Duty EUR\s?45\.90: not paid yet$/)
    const paid = decision({ ...due, paymentReference: 'RC-88412', paidAt: '2026-03-02T10:00:00.000Z' })
    expect(dutyWords(paid, 'fr', fr)).toMatch(/^Droits 45,90\sEUR : payés, référence RC-88412$/)
    expect(dutyWords(decision({ kind: 'duty_payable' }), 'en', en)).toBe('Duty payable: amount not given')
    expect(dutyWords(decision(), 'en', en)).toBeNull()
  })
})
