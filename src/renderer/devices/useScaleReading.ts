// The live weight while a dialog needs it: `scale.read` about three times a second, the way a person
// watches the scale's own display settle.
import { useEffect, useState } from 'react'
import { getStationClient } from '../contract/client'
import type { ScaleRead } from './status'

export const SCALE_POLL_MS = 300

export function useScaleReading(active: boolean, deviceId?: string): ScaleRead {
  const [read, setRead] = useState<ScaleRead>({ state: 'waiting' })
  useEffect(() => {
    if (!active) return
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = (): void => {
      getStationClient()
        .invoke('scale.read', deviceId === undefined ? {} : { deviceId })
        .then(({ weight }) => live && setRead({ state: 'read', weight }))
        .catch(() => live && setRead({ state: 'failed' }))
        // One request at a time: a slow answer never piles up requests behind it.
        .finally(() => {
          if (live) timer = setTimeout(poll, SCALE_POLL_MS)
        })
    }
    poll()
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [active, deviceId])
  return read
}
