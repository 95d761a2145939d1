// The item open on the Customs screen: what customs knows of it (customs.item: manifest, holds,
// decisions, item events, the station's log) and its advance data (advance.item). Asked again whenever
// customs changes it or the station logs something about it (a scan at a bagging station), so the panel
// never shows a decision that is no longer the latest. The advance data is read defensively: an engine
// without it, or one that fails on it, leaves the rest of the panel working and says so.
import { useCallback, useEffect, useState } from 'react'
import type { AdvanceItemView } from '../../api/advance'
import type { CustomsItem } from '../../api/customs'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { describeEngineError, type EngineProblem } from '../engine/errors'

export type ItemView =
  | { state: 'none' }
  | { state: 'loading'; itemId: string }
  | { state: 'failed'; itemId: string; problem: EngineProblem }
  | { state: 'ready'; itemId: string; item: CustomsItem }

export type AdvanceView =
  | { state: 'loading' }
  /** The station holds no advance data for the item. */
  | { state: 'none' }
  | { state: 'failed'; problem: EngineProblem }
  | { state: 'ready'; advance: AdvanceItemView }

export interface OpenItem {
  view: ItemView
  advance: AdvanceView
  reload: () => void
}

export function useCustomsItem(connection: ConnectionStatus, itemId: string | null): OpenItem {
  // Each answer is kept with the item it is about, so one item's panel never shows under another's id;
  // a reload of the same item keeps what is shown until the new answer.
  const [item, setItem] = useState<{ itemId: string; view: ItemView } | null>(null)
  const [advance, setAdvance] = useState<{ itemId: string; view: AdvanceView } | null>(null)
  const [round, setRound] = useState(0)
  const reload = useCallback(() => setRound((n) => n + 1), [])

  useEffect(() => {
    if (itemId === null || connection !== 'open') return
    let live = true
    const client = getStationClient()
    client
      .invoke('customs.item', { itemId })
      .then((found) => live && setItem({ itemId, view: { state: 'ready', itemId, item: found } }))
      .catch(
        (error: unknown) =>
          live && setItem({ itemId, view: { state: 'failed', itemId, problem: describeEngineError(error) } }),
      )
    client
      .invoke('advance.item', { itemId })
      .then((answer) => {
        if (!live) return
        setAdvance({
          itemId,
          view: answer.item ? { state: 'ready', advance: answer.item } : { state: 'none' },
        })
      })
      .catch(
        (error: unknown) =>
          live && setAdvance({ itemId, view: { state: 'failed', problem: describeEngineError(error) } }),
      )
    return () => {
      live = false
    }
  }, [connection, itemId, round])

  useEffect(() => {
    if (itemId === null || connection !== 'open') return
    const client = getStationClient()
    const offCustoms = client.on('customs.changed', (entry) => {
      if (entry.itemId === itemId) reload()
    })
    const offEvents = client.on('station.event', (event) => {
      if (event.code === itemId) reload()
    })
    return () => {
      offCustoms()
      offEvents()
    }
  }, [connection, itemId, reload])

  if (itemId === null) return { view: { state: 'none' }, advance: { state: 'none' }, reload }
  return {
    view: item?.itemId === itemId ? item.view : { state: 'loading', itemId },
    advance: advance?.itemId === itemId ? advance.view : { state: 'loading' },
    reload,
  }
}
