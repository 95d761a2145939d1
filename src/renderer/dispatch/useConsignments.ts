// Consignments handed to carriers, newest first, with the carrier's latest report. `consignment.changed`
// brings a new one and each RESDIT that moves its status.
import { useCallback, useEffect, useState } from 'react'
import type { Consignment } from '../../api/exchange'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { applyConsignment, consignmentsNewestFirst, CONSIGNMENT_LIMIT } from './dispatchList'

export type ConsignmentList =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; consignments: Consignment[] }

export function useConsignments(connection: ConnectionStatus): {
  list: ConsignmentList
  apply: (consignment: Consignment) => void
} {
  const [list, setList] = useState<ConsignmentList>({ state: 'loading' })

  const apply = useCallback((consignment: Consignment) => {
    setList((current) =>
      current.state === 'ready'
        ? { state: 'ready', consignments: applyConsignment(current.consignments, consignment) }
        : current,
    )
  }, [])

  useEffect(() => getStationClient().on('consignment.changed', apply), [apply])

  useEffect(() => {
    if (connection !== 'open') return
    let live = true
    getStationClient()
      .invoke('consignment.list', { limit: CONSIGNMENT_LIMIT })
      .then(
        (answer) =>
          live && setList({ state: 'ready', consignments: consignmentsNewestFirst(answer.consignments) }),
      )
      .catch((error: unknown) => live && setList({ state: 'failed', error }))
    return () => {
      live = false
    }
  }, [connection])

  return { list, apply }
}
