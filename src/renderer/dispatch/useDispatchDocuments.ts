// The documents of one closed dispatch as they are on disk (PREDES, CN 31, the delivery bill). Asked
// again when the dispatch closes, so a close made elsewhere shows its documents here too.
import { useEffect, useState } from 'react'
import type { DispatchSummary, DocumentFile } from '../../api/exchange'
import { getStationClient, type ConnectionStatus } from '../contract/client'

export type DispatchDocuments =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; documents: DocumentFile[] }

export function useDispatchDocuments(
  connection: ConnectionStatus,
  dispatch: DispatchSummary | null,
): DispatchDocuments {
  const key = dispatch?.state === 'closed' ? `${dispatch.id} ${dispatch.closedAt ?? ''}` : ''
  const [held, setHeld] = useState<{ key: string; docs: DispatchDocuments }>({
    key: '',
    docs: { state: 'none' },
  })

  useEffect(() => {
    if (key === '' || connection !== 'open') return
    let live = true
    getStationClient()
      .invoke('dispatch.documents', { dispatch: key.split(' ')[0] ?? '' })
      .then((answer) => live && setHeld({ key, docs: { state: 'ready', documents: answer.documents } }))
      .catch((error: unknown) => live && setHeld({ key, docs: { state: 'failed', error } }))
    return () => {
      live = false
    }
  }, [connection, key])

  if (key === '') return { state: 'none' }
  return held.key === key ? held.docs : { state: 'loading' }
}
