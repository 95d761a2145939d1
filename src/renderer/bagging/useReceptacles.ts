// The open receptacles and the one scans go into. Loaded when the engine connection opens, then kept
// current by `receptacle.changed`, so counts move when another station scans into the same receptacle.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import type { Receptacle } from '../../api/bagging'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { describeEngineError } from '../engine/errors'
import { dispatchNumber } from './dispatch'
import type { Notify } from './notice'
import { applyReceptacle, openReceptacles } from './openReceptacles'

export interface Receptacles {
  open: Receptacle[]
  current: Receptacle | null
  /** The handle scans are sent to; read when a scan is sent, which may be before the next render. */
  currentHandle: RefObject<number | null>
  choose: (handle: number | null) => void
  /** A receptacle as an answer of ours describes it; `mine` tells a close of ours from one elsewhere. */
  apply: (receptacle: Receptacle, mine?: boolean) => void
  /** Marks a close as ours before it is sent: its event can arrive before its answer. */
  closing: (handle: number) => void
}

export function useReceptacles(connection: ConnectionStatus, notify: Notify): Receptacles {
  const [open, setOpen] = useState<Receptacle[]>([])
  const [chosen, setChosen] = useState<number | null>(null)
  const currentHandle = useRef<number | null>(null)
  const ours = useRef(new Set<number>())
  const notifyRef = useRef(notify)
  useEffect(() => {
    notifyRef.current = notify
  }, [notify])

  const choose = useCallback((handle: number | null) => {
    currentHandle.current = handle
    setChosen(handle)
  }, [])

  const apply = useCallback(
    (receptacle: Receptacle, mine = false) => {
      setOpen((list) => applyReceptacle(list, receptacle))
      if (receptacle.state === 'open' || currentHandle.current !== receptacle.handle) return
      choose(null)
      if (mine || ours.current.has(receptacle.handle)) return
      const number = dispatchNumber(receptacle.dispatch)
      notifyRef.current({
        verdict: 'warning',
        key: 'bagging.closedElsewhere',
        params: {
          serial: receptacle.serial,
          dispatch: number ?? receptacle.dispatch,
        },
      })
    },
    [choose],
  )

  const closing = useCallback((handle: number) => {
    ours.current.add(handle)
  }, [])

  useEffect(() => getStationClient().on('receptacle.changed', (receptacle) => apply(receptacle)), [apply])

  // A bag reopened (here or at the exchange office) is back in the open list through `receptacle.changed`;
  // the worker hears why, and that its old label must come off.
  useEffect(
    () =>
      getStationClient().on('receptacle.reopened', ({ receptacle, event }) => {
        notifyRef.current({
          verdict: 'warning',
          key: 'bagging.reopened',
          params: {
            serial: String(receptacle.serial).padStart(3, '0'),
            dispatch: dispatchNumber(receptacle.dispatch) ?? receptacle.dispatch,
            operator: event.operator,
          },
        })
      }),
    [],
  )

  // Events missed while the connection was down are made up for by asking again once it is back.
  const connected = connection === 'open'
  useEffect(() => {
    if (!connected) return
    let current = true
    getStationClient()
      .invoke('receptacle.list', { state: 'open' })
      .then(({ receptacles }) => {
        if (!current) return
        const list = openReceptacles(receptacles)
        setOpen(list)
        if (currentHandle.current !== null && !list.some((r) => r.handle === currentHandle.current)) {
          choose(null)
        }
      })
      .catch((error: unknown) => {
        if (current) {
          notifyRef.current({
            verdict: 'invalid',
            key: 'bagging.listFailed',
            problem: describeEngineError(error),
          })
        }
      })
    return () => {
      current = false
    }
  }, [connected, choose])

  const current = open.find((r) => r.handle === chosen) ?? null
  return { open, current, currentHandle, choose, apply, closing }
}
