// The bytes of a dispatch's or consignment's documents, asked for as soon as the list is shown: EDI
// (PREDES, CARDIT, PRECON) read as text to show inline, and every document as a Blob behind an object
// URL for its "Save" link. The URLs are let go when the list goes.
import { useEffect, useState } from 'react'
import type { DocumentFile } from '../../api/exchange'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { decodeEdiBytes } from '../messages/ediFile'
import { base64Bytes } from './base64'

export type LoadedDocument =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; url: string; mime: string; text: string | null }

export function isEdi(document: DocumentFile): boolean {
  return document.kind === 'predes' || document.kind === 'cardit' || document.kind === 'precon'
}

export function useDocuments(
  connection: ConnectionStatus,
  documents: readonly DocumentFile[],
): ReadonlyMap<string, LoadedDocument> {
  const [loaded, setLoaded] = useState<{ key: string; docs: ReadonlyMap<string, LoadedDocument> }>({
    key: '',
    docs: new Map(),
  })
  const key = documents.map((d) => d.path).join('\n')

  useEffect(() => {
    if (connection !== 'open' || key === '') return
    let live = true
    const urls: string[] = []
    const client = getStationClient()
    const set = (path: string, doc: LoadedDocument): void => {
      if (!live) return
      setLoaded((current) => {
        const docs = new Map(current.key === key ? current.docs : [])
        docs.set(path, doc)
        return { key, docs }
      })
    }
    for (const path of key.split('\n')) {
      const document = documents.find((d) => d.path === path)
      if (!document) continue
      client
        .invoke('document.get', { path })
        .then((answer) => {
          if (!live) return
          const bytes = base64Bytes(answer.base64)
          const url = URL.createObjectURL(new Blob([bytes], { type: answer.mime }))
          urls.push(url)
          set(path, {
            state: 'ready',
            url,
            mime: answer.mime,
            text: isEdi(document) ? decodeEdiBytes(bytes).text : null,
          })
        })
        .catch((error: unknown) => set(path, { state: 'failed', error }))
    }
    return () => {
      live = false
      for (const url of urls) URL.revokeObjectURL(url)
    }
    // `documents` is read through `key`: the same files in a new array are not asked for again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [connection, key])

  return loaded.key === key ? loaded.docs : new Map()
}
