// The station's printers as the engine reports them: listed once, then kept current by `printer.status`
// (added, changed, condition read) and `printer.removed`, so paper running out shows here within the second.
import { useCallback, useEffect, useState } from 'react'
import type { Printer } from '../../api/printing'
import { getStationClient, type ConnectionStatus } from '../contract/client'

export type PrinterList =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; printers: Printer[] }

/** A printer as it is now. Only one printer is the default: a new default takes the mark from the others. */
export function upsertPrinter(printers: readonly Printer[], changed: Printer): Printer[] {
  const others = changed.isDefault
    ? printers.map((p) => (p.isDefault && p.id !== changed.id ? { ...p, isDefault: false } : p))
    : [...printers]
  const at = others.findIndex((p) => p.id === changed.id)
  if (at === -1) return [...others, changed]
  return others.map((p, i) => (i === at ? changed : p))
}

export function removePrinter(printers: readonly Printer[], id: string): Printer[] {
  return printers.filter((p) => p.id !== id)
}

export interface Printers {
  list: PrinterList
  /** The printers once the engine listed them; null before (nothing can be said about them yet). */
  known: Printer[] | null
  /** A printer as an answer of ours describes it, without waiting for its event. */
  apply: (printer: Printer) => void
  forget: (id: string) => void
}

export function usePrinters(connection: ConnectionStatus): Printers {
  const [list, setList] = useState<PrinterList>({ state: 'loading' })

  const change = useCallback((edit: (printers: Printer[]) => Printer[]) => {
    setList((current) =>
      current.state === 'ready' ? { state: 'ready', printers: edit(current.printers) } : current,
    )
  }, [])
  const apply = useCallback((printer: Printer) => change((ps) => upsertPrinter(ps, printer)), [change])
  const forget = useCallback((id: string) => change((ps) => removePrinter(ps, id)), [change])

  useEffect(() => {
    if (connection !== 'open') return
    let live = true
    const client = getStationClient()
    const offStatus = client.on('printer.status', apply)
    const offRemoved = client.on('printer.removed', ({ id }) => forget(id))
    client
      .invoke('printer.list', {})
      .then(({ printers }) => live && setList({ state: 'ready', printers }))
      .catch((error: unknown) => live && setList({ state: 'failed', error }))
    return () => {
      live = false
      offStatus()
      offRemoved()
    }
  }, [connection, apply, forget])

  const known = list.state === 'ready' ? list.printers : null
  return { list, known, apply, forget }
}
