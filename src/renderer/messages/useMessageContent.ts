// One message's text as the engine keeps it, asked for when the message is chosen and again when its
// state changes (a resend, a file taken from the outbox).
import { useEffect, useState } from 'react'
import type { Message } from '../../api/exchange'
import { getStationClient, type ConnectionStatus } from '../contract/client'

export type MessageContent =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; content: string }

export function useMessageContent(connection: ConnectionStatus, message: Message): MessageContent {
  const key = `${message.id} ${message.state}`
  const [held, setHeld] = useState<{ key: string; content: MessageContent }>({
    key: '',
    content: { state: 'loading' },
  })
  const id = message.id

  useEffect(() => {
    if (connection !== 'open') return
    let live = true
    getStationClient()
      .invoke('message.get', { id })
      .then((answer) => live && setHeld({ key, content: { state: 'ready', content: answer.content } }))
      .catch((error: unknown) => live && setHeld({ key, content: { state: 'failed', error } }))
    return () => {
      live = false
    }
  }, [connection, id, key])

  return held.key === key ? held.content : { state: 'loading' }
}
