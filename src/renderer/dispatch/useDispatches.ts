// The station's dispatches, open and closed. Asked once the connection is open, then kept current:
// `dispatch.changed` brings a closed dispatch as it is; a receptacle opened, filled or closed anywhere
// changes a dispatch's totals, so `receptacle.changed` asks again (once for a burst of scans).
import { useCallback, useEffect, useRef, useState } from 'react'
import type { DispatchSummary } from '../../api/exchange'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { applyDispatch, sortDispatches } from './dispatchList'

export type DispatchList =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; dispatches: DispatchSummary[] }

export interface Dispatches {
  list: DispatchList
  /** A dispatch as an answer of ours describes it, without waiting for its event. */
  apply: (dispatch: DispatchSummary) => void
  reload: () => void
}

/** Scans arrive many a second at a busy station: one question for each such burst. */
const SETTLE_MS = 300

export function useDispatches(connection: ConnectionStatus): Dispatches {
  const [list, setList] = useState<DispatchList>({ state: 'loading' })
  const [round, setRound] = useState(0)
  const timer = useRef<number | null>(null)

  const apply = useCallback((dispatch: DispatchSummary) => {
    setList((current) =>
      current.state === 'ready'
        ? { state: 'ready', dispatches: applyDispatch(current.dispatches, dispatch) }
        : current,
    )
  }, [])
  const reload = useCallback(() => setRound((n) => n + 1), [])

  useEffect(() => {
    const client = getStationClient()
    const offDispatch = client.on('dispatch.changed', apply)
    const offReceptacle = client.on('receptacle.changed', () => {
      if (timer.current !== null) window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => {
        timer.current = null
        setRound((n) => n + 1)
      }, SETTLE_MS)
    })
    return () => {
      offDispatch()
      offReceptacle()
      if (timer.current !== null) window.clearTimeout(timer.current)
    }
  }, [apply])

  useEffect(() => {
    if (connection !== 'open') return
    let live = true
    getStationClient()
      .invoke('dispatch.list', { state: 'all' })
      .then((answer) => live && setList({ state: 'ready', dispatches: sortDispatches(answer.dispatches) }))
      .catch((error: unknown) => live && setList({ state: 'failed', error }))
    return () => {
      live = false
    }
  }, [connection, round])

  return { list, apply, reload }
}
