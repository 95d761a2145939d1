import { describe, expect, it } from 'vitest'
import type { Message } from '../../../src/api/exchange'
import { translator } from '../../../src/renderer/i18n/languages'
import { applyMessage, filterMessages, mergeMessages } from '../../../src/renderer/messages/messageList'
import {
  importVerdict,
  mayResend,
  messageAnnouncement,
  messageLook,
  messageStateKey,
  messageTitle,
} from '../../../src/renderer/messages/messageState'
import { parseHours } from '../../../src/renderer/messages/hours'

const en = translator('en')
const fr = translator('fr')
const es = translator('es')

function message(over: Partial<Message> = {}): Message {
  return {
    id: 7,
    direction: 'out',
    type: 'PREDES',
    partner: 'CHGVAA',
    subject: 'FRCDGACHGVAAAUN60002',
    controlRef: '000000007',
    file: '/data/outbox/CHGVAA/PREDES-FRCDGACHGVAAAUN60002-000000007.edi',
    state: 'written',
    reason: 'Written to the outbox of CHGVAA',
    resendOf: null,
    createdAt: '2026-03-14T21:10:00.000Z',
    createdBy: 'ana',
    ...over,
  }
}

describe('a message’s state in words, colour and icon', () => {
  it('says each state in every language, each with its own colour and shape', () => {
    expect(en(messageStateKey('written'))).toBe('Waiting in the outbox')
    expect(fr(messageStateKey('written'))).toBe('En attente dans la boîte d’envoi')
    expect(es(messageStateKey('quarantined'))).toBe('En cuarentena')
    expect(messageLook('written')).toEqual({ tone: 'working', icon: 'hourglass' })
    expect(messageLook('sent')).toEqual({ tone: 'good', icon: 'sent' })
    expect(messageLook('applied')).toEqual({ tone: 'good', icon: 'tick' })
    expect(messageLook('quarantined')).toEqual({ tone: 'fault', icon: 'cross' })
  })

  it('names the partner the message went to or came from', () => {
    expect(messageTitle(message(), en)).toBe('PREDES to CHGVAA')
    expect(messageTitle(message({ direction: 'in', type: 'RESDIT', partner: 'AF' }), fr)).toBe('RESDIT de AF')
    expect(messageTitle(message({ partner: null }), en)).toBe('PREDES')
  })

  it('says a change aloud with what the message is about', () => {
    expect(messageAnnouncement(message({ state: 'sent' }), en)).toBe(
      'PREDES to CHGVAA FRCDGACHGVAAAUN60002. Sent.',
    )
  })

  it('lets only outgoing messages be sent again, and sounds an import by its outcome', () => {
    expect(mayResend(message())).toBe(true)
    expect(mayResend(message({ direction: 'in', state: 'quarantined' }))).toBe(false)
    expect(importVerdict(true)).toBe('valid')
    expect(importVerdict(false)).toBe('invalid')
  })
})

describe('the message list', () => {
  it('keeps the newest first and replaces a changed message where it stands', () => {
    const list = [message({ id: 9 }), message({ id: 7 })]
    const sent = applyMessage(list, message({ id: 7, state: 'sent' }))
    expect(sent.map((m) => [m.id, m.state])).toEqual([
      [9, 'written'],
      [7, 'sent'],
    ])
    expect(applyMessage(sent, message({ id: 12, direction: 'in' }))[0]?.id).toBe(12)
    expect(applyMessage(list, message({ id: 12 }), 2).map((m) => m.id)).toEqual([12, 9])
  })

  it('lays events that came during the question on top of the answer', () => {
    const merged = mergeMessages(
      [message({ id: 7 })],
      [message({ id: 7, state: 'sent' }), message({ id: 8 })],
    )
    expect(merged.map((m) => [m.id, m.state])).toEqual([
      [8, 'written'],
      [7, 'sent'],
    ])
  })

  it('shows all, only ours or only the received ones', () => {
    const list = [message({ id: 2, direction: 'in' }), message({ id: 1 })]
    expect(filterMessages(list, 'in').map((m) => m.id)).toEqual([2])
    expect(filterMessages(list, 'out').map((m) => m.id)).toEqual([1])
    expect(filterMessages(list, 'all')).toHaveLength(2)
  })
})

describe('hours before a receptacle counts as unconfirmed', () => {
  it('takes whole and decimal hours with a point or a comma, up to a year', () => {
    expect(parseHours('24')).toBe(24)
    expect(parseHours(' 1,5 ')).toBe(1.5)
    expect(parseHours('0')).toBe(0)
    expect(parseHours('8760')).toBe(8760)
    expect(parseHours('8761')).toBeNull()
    expect(parseHours('-1')).toBeNull()
    expect(parseHours('')).toBeNull()
    expect(parseHours('1e3')).toBeNull()
  })
})
