// The Dispatch screen of the office of exchange: every dispatch, open and closed, with its totals; the
// chosen one in full below, to close (F8) or consign to a carrier (F9), with its documents once closed;
// and the consignments with their carriers' last reports. Every outcome is seen, said and sounded.
import { useCallback, useState } from 'react'
import type { ReopenResult } from '../../api/bagging'
import type { DispatchCloseResult, DispatchSummary } from '../../api/exchange'
import type { ConnectionStatus } from '../contract/client'
import type { EngineProblem } from '../engine/errors'
import { LiveRegion } from '../feedback/LiveRegion'
import type { SoundSettings } from '../feedback/tones'
import { roleKey } from '../session/roles'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import { ScreenHeading } from '../shell/ScreenHeading'
import { screenTitle } from '../shell/screens'
import { useGlobalKeys } from '../shell/useGlobalKeys'
import { CloseDispatchDialog } from './CloseDispatchDialog'
import { ConsignDialog, type ConsignResult } from './ConsignDialog'
import { ConsignmentList } from './ConsignmentList'
import { DispatchDetail } from './DispatchDetail'
import { consignable } from './dispatchList'
import { DispatchTable } from './DispatchTable'
import { mayExchange } from './permissions'
import { dispatchActionForKey } from './shortcuts'
import { useConsignments } from './useConsignments'
import { useDispatches } from './useDispatches'
import { useOutcome } from './useOutcome'

interface DispatchScreenProps {
  connection: ConnectionStatus
  sound: SoundSettings
}

type Dialog =
  { kind: 'close'; dispatch: DispatchSummary } | { kind: 'consign'; dispatch: DispatchSummary } | null

export function DispatchScreen({ connection, sound }: DispatchScreenProps) {
  const t = useT()
  const { signedIn } = useSession()
  const dispatches = useDispatches(connection)
  const consignments = useConsignments(connection)
  const { message, say } = useOutcome(sound)
  const [chosen, setChosen] = useState<string | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  // What the closes made here answered, by dispatch: their totals and documents stay in view.
  const [closes, setCloses] = useState<ReadonlyMap<string, DispatchCloseResult>>(new Map())

  const list = dispatches.list.state === 'ready' ? dispatches.list.dispatches : []
  // Nothing chosen yet: the first open dispatch, the work at hand.
  const shown = (chosen === null ? list[0] : list.find((d) => d.id === chosen)) ?? null
  const role = signedIn?.operator.role ?? null

  const run = useCallback(
    (kind: 'close' | 'consign') => {
      if (!shown || !signedIn) return
      if (kind === 'close' && shown.state === 'open') setDialog({ kind, dispatch: shown })
      if (kind === 'consign' && shown.state === 'closed') setDialog({ kind, dispatch: shown })
    },
    [shown, signedIn],
  )

  useGlobalKeys((event) => {
    if (dialog) return
    const action = dispatchActionForKey(event)
    if (!action) return
    event.preventDefault()
    run(action)
  })

  const refused = useCallback(
    (problem: EngineProblem) => {
      const words =
        problem.reason === 'engineError.bad_request' && problem.details ? problem.details : t(problem.reason)
      say(t('dispatch.refusedSaid', { why: words }), 'invalid')
    },
    [say, t],
  )

  const closed = useCallback(
    (result: DispatchCloseResult) => {
      setCloses((current) => new Map(current).set(result.dispatchId, result))
      setDialog(null)
      setChosen(result.dispatchId)
      dispatches.reload()
      say(
        t('dispatchClosed.said', {
          receptacles: result.receptacles,
          items: result.items,
          serial: String(result.highestSerial).padStart(3, '0'),
        }),
        'valid',
      )
    },
    [dispatches, say, t],
  )

  const reopened = useCallback(
    (result: ReopenResult) => {
      dispatches.reload()
      say(
        t('dispatch.reopenedSaid', {
          serial: String(result.receptacle.serial).padStart(3, '0'),
          number: result.dispatch.number,
        }),
        'warning',
      )
    },
    [dispatches, say, t],
  )

  const consigned = useCallback(
    (result: ConsignResult) => {
      consignments.apply(result.consignment)
      say(t('consign.said', { id: result.consignment.id, carrier: result.consignment.carrier }), 'valid')
    },
    [consignments, say, t],
  )

  const blockedBy = signedIn ? null : 'dispatch-sign-in'

  return (
    <section className="xchange-screen dispatch-screen" data-testid="dispatch-screen">
      <ScreenHeading>{t(screenTitle('dispatch'))}</ScreenHeading>
      <p className="xchange-intro">{t('dispatch.intro')}</p>
      {!signedIn && (
        <p className="xchange-sign-in" id="dispatch-sign-in" data-testid="dispatch-sign-in">
          {t('dispatch.signIn')}
        </p>
      )}
      {role !== null && !mayExchange(role) && (
        <p className="form-note form-note-warning" data-testid="dispatch-role">
          {t('dispatch.roleNote', { role: t(roleKey(role)) })}
        </p>
      )}
      <LiveRegion message={message} testId="dispatch-announcer" />
      <section className="xchange-group" aria-labelledby="dispatches-title">
        <h2 id="dispatches-title">{t('dispatch.listTitle')}</h2>
        <DispatchTable list={dispatches.list} selected={shown?.id ?? null} onSelect={setChosen} />
      </section>
      {shown && (
        <DispatchDetail
          key={shown.id}
          connection={connection}
          dispatch={shown}
          closed={closes.get(shown.id) ?? null}
          blockedBy={blockedBy}
          onClose={() => run('close')}
          onConsign={() => run('consign')}
          onReopened={reopened}
          onRefused={refused}
        />
      )}
      <ConsignmentList list={consignments.list} />
      {dialog?.kind === 'close' && (
        <CloseDispatchDialog
          dispatch={dialog.dispatch}
          onClosed={closed}
          onRefused={refused}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'consign' && (
        <ConsignDialog
          connection={connection}
          candidates={consignable(list, dialog.dispatch)}
          onConsigned={consigned}
          onRefused={refused}
          onDone={() => setDialog(null)}
        />
      )}
    </section>
  )
}
