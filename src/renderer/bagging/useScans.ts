// The scan loop as this screen sees it: each code goes to the engine with the current receptacle, and
// every answer, or the lack of one, is shown, spoken and sounded. The banner shows the newest scan
// sent that has an answer, so a slow answer to an earlier scan never covers a later one.
import { useCallback, useEffect, useRef, useState } from 'react'
import { MAX_CODE_LENGTH } from '../../api'
import { groupCode } from '../codes/groupCode'
import { getStationClient } from '../contract/client'
import { describeEngineError } from '../engine/errors'
import { playTone, type SoundSettings } from '../feedback/tones'
import { splitCodes } from '../scan/splitCodes'
import { endsSession } from '../session/acting'
import { mayUndo } from '../session/roles'
import { useSession } from '../session/SessionContext'
import type { Notify } from './notice'
import { scanTone } from './outcomes'
import { addScan, lastUndoable, markUndone, type ScanEntry } from './scanLog'
import type { Receptacles } from './useReceptacles'

export interface Scans {
  log: ScanEntry[]
  latest: ScanEntry | null
  pending: number
  scan: (text: string) => void
  /** One code from the keyboard-wedge detector, recorded with the device "wedge". */
  scanFromWedge: (code: string) => void
  undoLast: () => void
}

/** Recorded with each scan event: the codes came as keystrokes into the field (typed, or a scanner there). */
const DEVICE = 'keyboard'
/** Recorded when the window-wide detector recognised a keyboard-wedge scanner's burst. */
const WEDGE_DEVICE = 'wedge'

export function useScans(
  sound: SoundSettings,
  receptacles: Receptacles,
  notify: Notify,
  onScan: (entry: ScanEntry) => void,
): Scans {
  const { act, signedIn } = useSession()
  const [log, setLog] = useState<ScanEntry[]>([])
  const [latestId, setLatestId] = useState<number | null>(null)
  const [pending, setPending] = useState(0)
  const nextId = useRef(1)
  const lastSent = useRef(0)
  const lastShown = useRef(0)
  // Undos sent and not answered yet: a second Ctrl+Z takes back the scan before, not the same one twice.
  const undoing = useRef(new Set<number>())
  // Read when an answer arrives or a key is pressed, so they are never a render behind.
  const live = useRef({ sound, log, onScan, openHandles: new Set<number>() })
  useEffect(() => {
    live.current = { sound, log, onScan, openHandles: new Set(receptacles.open.map((r) => r.handle)) }
  }, [sound, log, onScan, receptacles.open])

  const { currentHandle, choose } = receptacles

  // An undo made at another station (a supervisor's desk) strikes the scan out here too.
  useEffect(
    () =>
      getStationClient().on('station.event', (event) => {
        const undone = event.ref
        if (undone !== null) setLog((current) => markUndone(current, undone))
      }),
    [],
  )

  const record = useCallback((entry: ScanEntry, ticket: number) => {
    setLog((current) => addScan(current, entry))
    if (ticket > lastShown.current) {
      lastShown.current = ticket
      setLatestId(entry.id)
    }
    live.current.onScan(entry)
    playTone(entry.kind === 'scanned' ? scanTone(entry.result.outcome) : 'error', live.current.sound)
  }, [])

  const sendOne = useCallback(
    (code: string, device: string = DEVICE) => {
      const ticket = ++lastSent.current
      const receptacle = currentHandle.current ?? undefined
      setPending((n) => n + 1)
      act('scan.submit', { code: code.slice(0, MAX_CODE_LENGTH), receptacle, device })
        .then((result) => {
          record({ kind: 'scanned', id: nextId.current++, result, undone: false }, ticket)
          // With no receptacle chosen the engine picks one; show where the item went.
          if (currentHandle.current === null && result.outcome === 'accepted' && result.receptacle !== null) {
            choose(result.receptacle)
          }
        })
        .catch((error: unknown) => {
          const at = new Date().toISOString()
          const problem = describeEngineError(error)
          // The sign-in panel says why the session ended; the log keeps the code to scan again.
          if (endsSession(error)) problem.reason = 'session.ended'
          record({ kind: 'unanswered', id: nextId.current++, code, problem, at }, ticket)
        })
        .finally(() => setPending((n) => n - 1))
    },
    [act, record, currentHandle, choose],
  )

  const scan = useCallback((text: string) => splitCodes(text).forEach((code) => sendOne(code)), [sendOne])
  const scanFromWedge = useCallback((code: string) => sendOne(code, WEDGE_DEVICE), [sendOne])

  const role = signedIn?.operator.role ?? null
  const undoLast = useCallback(() => {
    const fail = (key: 'bagging.undoNotAllowed' | 'bagging.undoNothing'): void => {
      notify({ verdict: key === 'bagging.undoNothing' ? 'warning' : 'invalid', key })
      playTone(key === 'bagging.undoNothing' ? 'warning' : 'error', live.current.sound)
    }
    if (role === null || !mayUndo(role)) return fail('bagging.undoNotAllowed')
    const candidates = live.current.log.filter(
      (e) => e.kind !== 'scanned' || !undoing.current.has(e.result.seq),
    )
    const target = lastUndoable(candidates, live.current.openHandles)
    if (!target) return fail('bagging.undoNothing')
    const code = target.itemId ? groupCode(target.itemId) : target.code
    undoing.current.add(target.seq)
    act('scan.undo', { seq: target.seq })
      .then(() => {
        setLog((current) => markUndone(current, target.seq))
        notify({ verdict: 'valid', key: 'bagging.undone', params: { code } })
        playTone('good', live.current.sound)
      })
      .catch((error: unknown) => {
        notify({ verdict: 'invalid', key: 'bagging.undoFailed', problem: describeEngineError(error) })
        playTone('error', live.current.sound)
      })
      .finally(() => undoing.current.delete(target.seq))
  }, [act, notify, role])

  // From the log, so an undo strikes the banner's scan out too.
  const latest = log.find((entry) => entry.id === latestId) ?? null
  return { log, latest, pending, scan, scanFromWedge, undoLast }
}
