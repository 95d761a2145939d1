// An EDI message's state in words, colour and icon: written and waiting in the partner's outbox (blue,
// hourglass), sent (green, arrow), applied (green, tick), quarantined (red, cross). Pure, so each case is
// unit-tested in every language.
import type { Message } from '../../api/exchange'
import type { Look } from '../dispatch/look'
import type { Verdict } from '../feedback/verdict'
import type { MessageKey } from '../i18n/en'
import type { Translate } from '../i18n/languages'

export function messageLook(state: Message['state']): Look {
  switch (state) {
    case 'written':
      return { tone: 'working', icon: 'hourglass' }
    case 'sent':
      return { tone: 'good', icon: 'sent' }
    case 'applied':
      return { tone: 'good', icon: 'tick' }
    case 'quarantined':
      return { tone: 'fault', icon: 'cross' }
  }
}

export function messageStateKey(state: Message['state']): MessageKey {
  return `message.state.${state}`
}

export function messageDirectionKey(direction: Message['direction']): MessageKey {
  return direction === 'in' ? 'message.in' : 'message.out'
}

/** "PREDES to DZALGD", "RESDIT from AF": the message's type and the partner it went to or came from. */
export function messageTitle(message: Message, t: Translate): string {
  if (!message.partner) return message.type
  return t(message.direction === 'in' ? 'message.from' : 'message.to', {
    type: message.type,
    partner: message.partner,
  })
}

/** Said aloud when a message is new or its state moved. */
export function messageAnnouncement(message: Message, t: Translate): string {
  const subject = message.subject ? ` ${message.subject}` : ''
  return `${messageTitle(message, t)}${subject}. ${t(messageStateKey(message.state))}.`
}

/** An import's outcome as a verdict (its colour and tone): applied is good, quarantined is refused. */
export function importVerdict(applied: boolean): Verdict {
  return applied ? 'valid' : 'invalid'
}

/** Only what this station sent can be sent again. */
export function mayResend(message: Message): boolean {
  return message.direction === 'out'
}
