// EDI messages in and out, newest first. Asked once the connection is open, then kept current by
// `message.changed` (a PREDES written by a close, a file taken from the outbox, an import); events that
// arrive while the question is on its way are laid on top of the answer, never lost.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Message } from '../../api/exchange'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { applyMessage, mergeMessages, MESSAGE_LIMIT } from './messageList'

export type MessageList =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; messages: Message[] }

export interface Messages {
  list: MessageList
  /** A message as an answer of ours describes it, without waiting for its event. */
  apply: (message: Message) => void
}

export function useMessages(
  connection: ConnectionStatus,
  onChange?: (before: Message | undefined, after: Message) => void,
): Messages {
  const [list, setList] = useState<MessageList>({ state: 'loading' })
  const messages = useRef<Message[]>([])
  const changed = useRef(onChange)
  useEffect(() => {
    changed.current = onChange
  })

  useEffect(() => {
    if (connection !== 'open') return
    let live = true
    let early: Message[] | null = []
    const client = getStationClient()
    const off = client.on('message.changed', (message) => {
      const before = messages.current.find((m) => m.id === message.id)
      if (early) early.push(message)
      else {
        messages.current = applyMessage(messages.current, message)
        setList({ state: 'ready', messages: messages.current })
      }
      changed.current?.(before, message)
    })
    client
      .invoke('message.list', { direction: 'all', limit: MESSAGE_LIMIT })
      .then((answer) => {
        if (!live) return
        messages.current = mergeMessages(answer.messages, early ?? [])
        early = null
        setList({ state: 'ready', messages: messages.current })
      })
      .catch((error: unknown) => live && setList({ state: 'failed', error }))
    return () => {
      live = false
      off()
    }
  }, [connection])

  const apply = useCallback((message: Message) => {
    messages.current = applyMessage(messages.current, message)
    setList((current) =>
      current.state === 'ready' ? { state: 'ready', messages: messages.current } : current,
    )
  }, [])

  return { list, apply }
}
