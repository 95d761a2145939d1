// The Bagging screen's state, held above the screen (like Identify's) so that a visit to another screen
// keeps the last scans, the current receptacle and the label of the last one closed here. What is said
// aloud is the newest scan or notice.
import { useCallback, useRef, useState } from 'react'
import type { Receptacle } from '../../api/bagging'
import type { ConnectionStatus } from '../contract/client'
import type { SoundSettings } from '../feedback/tones'
import { useReceptacleLabel, type ReceptacleLabel } from '../labels/useReceptacleLabel'
import type { Notice, Notify } from './notice'
import type { ScanEntry } from './scanLog'
import { useReceptacles, type Receptacles } from './useReceptacles'
import { useScans, type Scans } from './useScans'

export type Spoken =
  { seq: number; scan: ScanEntry; notice?: undefined } | { seq: number; notice: Notice; scan?: undefined }

export interface Bagging {
  receptacles: Receptacles
  scans: Scans
  notice: Notice | null
  spoken: Spoken | null
  notify: Notify
  /** The last receptacle closed at this station, whose label is followed until the next close. */
  lastClosed: Receptacle | null
  setLastClosed: (receptacle: Receptacle) => void
  label: ReceptacleLabel
}

export function useBagging(connection: ConnectionStatus, sound: SoundSettings): Bagging {
  const [notice, setNotice] = useState<Notice | null>(null)
  const [spoken, setSpoken] = useState<Spoken | null>(null)
  const seq = useRef(0)

  const notify = useCallback<Notify>((next) => {
    const shown = { ...next, seq: ++seq.current }
    setNotice(shown)
    setSpoken({ seq: shown.seq, notice: shown })
  }, [])

  // A new scan makes the last notice old news: the banner is about the scan now.
  const onScan = useCallback((entry: ScanEntry) => {
    setNotice(null)
    setSpoken({ seq: ++seq.current, scan: entry })
  }, [])

  const receptacles = useReceptacles(connection, notify)
  const scans = useScans(sound, receptacles, notify, onScan)
  const [lastClosed, setLastClosed] = useState<Receptacle | null>(null)
  const label = useReceptacleLabel(connection, lastClosed?.handle ?? null, sound)
  return { receptacles, scans, notice, spoken, notify, lastClosed, setLastClosed, label }
}
