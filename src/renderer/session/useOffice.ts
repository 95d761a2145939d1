// Which office of exchange this station is, asked when the engine connection opens (again after a
// reconnection: it may be another engine now). `null` means the station has not been set up yet.
import { useCallback, useEffect, useState } from 'react'
import type { CommandOutput } from '../../api'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { describeEngineError, type EngineProblem } from '../engine/errors'

export type Office = NonNullable<CommandOutput<'station.status'>['office']>

export type OfficeState =
  | { state: 'loading' }
  | { state: 'ready'; office: Office | null }
  | { state: 'failed'; problem: EngineProblem }

export interface OfficeValue {
  office: OfficeState
  reload: () => void
  /** The office as the engine answered a set-up: no need to ask again. */
  setUp: (office: Office) => void
}

export function useOffice(connection: ConnectionStatus): OfficeValue {
  const [office, setOffice] = useState<OfficeState>({ state: 'loading' })
  const [asked, setAsked] = useState(0)
  const open = connection === 'open'
  useEffect(() => {
    let current = true
    getStationClient()
      .invoke('station.status', {})
      .then((status) => {
        if (current) setOffice({ state: 'ready', office: status.office })
      })
      .catch((error: unknown) => {
        if (current) setOffice({ state: 'failed', problem: describeEngineError(error) })
      })
    return () => {
      current = false
    }
  }, [open, asked])
  const reload = useCallback(() => setAsked((n) => n + 1), [])
  const setUp = useCallback((next: Office) => setOffice({ state: 'ready', office: next }), [])
  return { office, reload, setUp }
}
