// The Bagging screen once the station is set up and someone is signed in. Left, where the eye goes after
// a scan: the scan field, the answer, the last scans. Right, always in view: the receptacle scans go
// into, the actions on it, the label of the last receptacle closed, the other open receptacles. Every
// action has its key; a dialog takes the keyboard until it closes.
import { useEffect, useState, type RefObject } from 'react'
import type { Receptacle } from '../../api/bagging'
import type { PrintJob } from '../../api/printing'
import { groupCode } from '../codes/groupCode'
import { LiveRegion } from '../feedback/LiveRegion'
import { playTone, type SoundSettings } from '../feedback/tones'
import { jobActions } from '../labels/jobStatus'
import { ReprintDialog } from '../labels/ReprintDialog'
import { ScanForm } from '../scan/ScanForm'
import { PENDING_VISIBLE_AFTER_MS, useDelayedFlag } from '../scan/useDelayedFlag'
import type { SignedIn } from '../session/acting'
import type { Office } from '../session/useOffice'
import { useT } from '../settings/SettingsContext'
import { useGlobalKeys } from '../shell/useGlobalKeys'
import { ActionBar } from './ActionBar'
import { spokenText } from './announce'
import { CloseReceptacleDialog } from './CloseReceptacleDialog'
import { CurrentReceptacle } from './CurrentReceptacle'
import { LabelPanel } from './LabelPanel'
import { NoticeLine } from './NoticeLine'
import { OpenReceptacleDialog } from './OpenReceptacleDialog'
import { OpenReceptacleList } from './OpenReceptacleList'
import { ScanBanner } from './ScanBanner'
import { ScanLog } from './ScanLog'
import { actionForKey, isReprintKey, type BaggingAction } from './shortcuts'
import type { Bagging } from './useBagging'

// The close dialog keeps its receptacle: once closed, it leaves the open list but its S9 is still shown.
type Dialog =
  | { kind: 'open' }
  | { kind: 'close'; last: boolean; receptacle: Receptacle }
  | { kind: 'reprint'; job: PrintJob }
  | null

interface BaggingWorkspaceProps {
  bagging: Bagging
  office: Office
  signedIn: SignedIn
  sound: SoundSettings
  inputRef: RefObject<HTMLInputElement | null>
}

export function BaggingWorkspace({ bagging, office, signedIn, sound, inputRef }: BaggingWorkspaceProps) {
  const t = useT()
  const { receptacles, scans, notice, spoken, notify, label, lastClosed } = bagging
  const [dialog, setDialog] = useState<Dialog>(null)
  const slow = useDelayedFlag(scans.pending > 0, PENDING_VISIBLE_AFTER_MS)

  function backToScanning(): void {
    setDialog(null)
  }

  // Back to the scan field whenever no dialog is open, once the dialog has left the page: while it is
  // there the rest of the page is inert and cannot take the focus.
  useEffect(() => {
    if (dialog === null) inputRef.current?.focus()
  }, [dialog, inputRef])

  function run(action: BaggingAction): void {
    if (action === 'undo') return scans.undoLast()
    if (action === 'open') return setDialog({ kind: 'open' })
    const receptacle = receptacles.current
    if (!receptacle) {
      notify({ verdict: 'invalid', key: 'bagging.noCurrent' })
      playTone('error', sound)
      return
    }
    setDialog({ kind: 'close', last: action === 'closeLast', receptacle })
  }

  // F10: the last closed receptacle's label again, after asking. Said in words when there is none yet.
  function reprint(job: PrintJob | null): void {
    if (job && jobActions(job).reprint) return setDialog({ kind: 'reprint', job })
    notify({ verdict: 'warning', key: job ? 'bagging.labelNotYet' : 'bagging.noLabel' })
    playTone('warning', sound)
  }

  function reprinted(job: PrintJob): void {
    label.apply(job)
    notify({ verdict: 'valid', key: 'printJob.reprinted', params: { id: job.id } })
  }

  useGlobalKeys((event) => {
    if (dialog) return
    if (isReprintKey(event)) {
      event.preventDefault()
      return reprint(label.current)
    }
    const action = actionForKey(event)
    if (!action) return
    event.preventDefault()
    run(action)
  })

  return (
    <div className="bagging">
      <div className="bagging-main">
        <ScanForm
          inputRef={inputRef}
          pending={slow}
          onSubmit={scans.scan}
          words={{
            label: t('bagging.scanLabel'),
            hint: t('bagging.scanHint'),
            submit: t('bagging.scanSubmit'),
            working: t('bagging.scanWorking'),
          }}
        />
        <LiveRegion message={spoken && { seq: spoken.seq, text: spokenText(spoken, t) }} testId="announcer" />
        <ScanBanner entry={scans.latest} />
        {notice && <NoticeLine notice={notice} />}
        <ScanLog log={scans.log} />
      </div>
      <div className="bagging-side">
        <CurrentReceptacle receptacle={receptacles.current} />
        <ActionBar role={signedIn.operator.role} hasCurrent={receptacles.current !== null} onAction={run} />
        {lastClosed && (
          <LabelPanel
            label={label}
            size="compact"
            title={t('bagging.lastLabel')}
            subject={groupCode(lastClosed.receptacleId ?? '')}
            onReprint={reprint}
          />
        )}
        <OpenReceptacleList
          receptacles={receptacles.open}
          current={receptacles.current?.handle ?? null}
          onChoose={(handle) => {
            receptacles.choose(handle)
            inputRef.current?.focus()
          }}
        />
      </div>
      {dialog?.kind === 'open' && (
        <OpenReceptacleDialog
          office={office}
          onClose={backToScanning}
          onOpened={(receptacle) => {
            receptacles.apply(receptacle, true)
            receptacles.choose(receptacle.handle)
            backToScanning()
          }}
        />
      )}
      {dialog?.kind === 'close' && (
        <CloseReceptacleDialog
          receptacle={
            receptacles.open.find((r) => r.handle === dialog.receptacle.handle) ?? dialog.receptacle
          }
          last={dialog.last}
          onClosing={receptacles.closing}
          onClosed={(closed) => {
            receptacles.apply(closed.receptacle, true)
            bagging.setLastClosed(closed.receptacle)
          }}
          label={label}
          onReprinted={reprinted}
          onClose={backToScanning}
        />
      )}
      {dialog?.kind === 'reprint' && (
        <ReprintDialog
          job={dialog.job}
          printers={label.printers}
          onClose={backToScanning}
          onDone={(job) => {
            reprinted(job)
            backToScanning()
          }}
        />
      )}
    </div>
  )
}
