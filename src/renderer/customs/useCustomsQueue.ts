// The customs queue as the engine reports it for the current filter: asked once the connection is open
// and again when the filter changes, then kept current by `customs.changed` events. Events that arrive
// while the question is on its way are applied on top of the answer, never lost.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CustomsQueueEntry } from '../../api/customs'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { applyEntry, QUEUE_LIMIT, type QueueFilter } from './queueFilter'

export type QueueList =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; items: CustomsQueueEntry[] }

export interface CustomsQueue {
  list: QueueList
  /** Entries as an answer of ours describes them (presented, decided), without waiting for the events. */
  apply: (entries: readonly CustomsQueueEntry[]) => void
  reload: () => void
}

export function useCustomsQueue(
  connection: ConnectionStatus,
  filter: QueueFilter,
  onChange?: (entry: CustomsQueueEntry) => void,
): CustomsQueue {
  const key = JSON.stringify(filter)
  const [held, setHeld] = useState<{ key: string; list: QueueList }>({ key: '', list: { state: 'loading' } })
  const [round, setRound] = useState(0)
  const items = useRef<CustomsQueueEntry[]>([])
  const changed = useRef(onChange)
  useEffect(() => {
    changed.current = onChange
  })

  useEffect(() => {
    items.current = []
    if (connection !== 'open') return
    const wanted = JSON.parse(key) as QueueFilter
    let live = true
    // Events before the answer wait here; null once the answer came.
    let early: CustomsQueueEntry[] | null = []
    const client = getStationClient()
    const off = client.on('customs.changed', (entry) => {
      changed.current?.(entry)
      if (early) early.push(entry)
      else {
        items.current = applyEntry(items.current, entry, wanted, new Date())
        setHeld({ key, list: { state: 'ready', items: items.current } })
      }
    })
    client
      .invoke('customs.queue', { ...wanted, limit: QUEUE_LIMIT })
      .then((answer) => {
        if (!live) return
        const now = new Date()
        items.current = (early ?? []).reduce(
          (list, entry) => applyEntry(list, entry, wanted, now),
          answer.items,
        )
        early = null
        setHeld({ key, list: { state: 'ready', items: items.current } })
      })
      .catch((error: unknown) => live && setHeld({ key, list: { state: 'failed', error } }))
    return () => {
      live = false
      off()
    }
  }, [connection, key, round])

  const apply = useCallback(
    (entries: readonly CustomsQueueEntry[]) => {
      const wanted = JSON.parse(key) as QueueFilter
      const now = new Date()
      items.current = entries.reduce((list, entry) => applyEntry(list, entry, wanted, now), items.current)
      setHeld((current) =>
        current.key === key && current.list.state === 'ready'
          ? { key, list: { state: 'ready', items: items.current } }
          : current,
      )
    },
    [key],
  )
  const reload = useCallback(() => setRound((n) => n + 1), [])

  const list = held.key === key ? held.list : { state: 'loading' as const }
  return { list, apply, reload }
}
