// The messages as the screen lists them: newest first, one line per message, kept current by
// `message.changed` events (a new message joins, a changed one is replaced where it stands).
import type { Message } from '../../api/exchange'

export const MESSAGE_LIMIT = 100

function newestFirst(a: Message, b: Message): number {
  return b.id - a.id
}

export function applyMessage(list: readonly Message[], message: Message, limit = MESSAGE_LIMIT): Message[] {
  const rest = list.filter((m) => m.id !== message.id)
  return [...rest, message].sort(newestFirst).slice(0, limit)
}

/** The engine's answer, with the events that arrived while it was on its way laid on top. */
export function mergeMessages(
  answer: readonly Message[],
  early: readonly Message[],
  limit = MESSAGE_LIMIT,
): Message[] {
  return early.reduce<Message[]>((list, m) => applyMessage(list, m, limit), [...answer].sort(newestFirst))
}

export type DirectionFilter = 'all' | 'in' | 'out'

export function filterMessages(list: readonly Message[], direction: DirectionFilter): Message[] {
  return direction === 'all' ? [...list] : list.filter((m) => m.direction === direction)
}
