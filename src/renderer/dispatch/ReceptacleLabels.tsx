// The receptacle labels of one dispatch, where the exchange office hands the bags over: each receptacle
// with its latest label job in words, and "Print label again" for a torn or lost label. A reprint is the
// same audited decision as on the Labels screen (the dialog says the first label may already be on a
// bag), never a silent repeat. While the dispatch is open, a supervisor may reopen a closed receptacle
// (an item customs took back must come out); a reopened one shows as open, with its label void.
import { useCallback, useEffect, useState } from 'react'
import type { ReopenResult } from '../../api/bagging'
import type { DispatchSummary } from '../../api/exchange'
import type { PrintJob } from '../../api/printing'
import { groupCode } from '../codes/groupCode'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { describeEngineError } from '../engine/errors'
import { type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { destinationOf, jobActions } from '../labels/jobStatus'
import { JobState } from '../labels/JobState'
import { ReprintDialog } from '../labels/ReprintDialog'
import { usePrinters } from '../labels/usePrinters'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import { mayReopenReceptacles } from './permissions'
import { ReopenReceptacleDialog, type ReopenTarget } from './ReopenReceptacleDialog'

interface Row {
  handle: number
  serial: number
  state: 'open' | 'closed'
  receptacleId: string | null
  job: PrintJob | null
}

type Rows = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; rows: Row[] }

interface ReceptacleLabelsProps {
  connection: ConnectionStatus
  dispatch: DispatchSummary
  /** Why acting is not possible now (nobody signed in); null: the buttons act. */
  blockedBy: string | null
  onReopened: (result: ReopenResult) => void
  onRefused: (problem: EngineProblem) => void
}

export function ReceptacleLabels({
  connection,
  dispatch,
  blockedBy,
  onReopened,
  onRefused,
}: ReceptacleLabelsProps) {
  const t = useT()
  const { signedIn } = useSession()
  const printers = usePrinters(connection)
  const [rows, setRows] = useState<Rows>({ state: 'loading' })
  const [reprinting, setReprinting] = useState<PrintJob | null>(null)
  const [reopening, setReopening] = useState<ReopenTarget | null>(null)
  // Offered only where the engine would do it: a supervisor, a dispatch not yet closed.
  const mayReopen =
    dispatch.state === 'open' && signedIn !== null && mayReopenReceptacles(signedIn.operator.role)

  const load = useCallback(() => {
    const client = getStationClient()
    client
      .invoke('receptacle.list', { state: 'all' })
      .then(async ({ receptacles }) => {
        const mine = receptacles.filter((r) => r.dispatch === dispatch.id).sort((a, b) => a.serial - b.serial)
        const jobs = await Promise.all(
          mine.map((r) => client.invoke('print.jobs', { receptacle: r.handle, limit: 1 })),
        )
        setRows({
          state: 'ready',
          rows: mine.map((r, i) => ({
            handle: r.handle,
            serial: r.serial,
            state: r.state,
            receptacleId: r.receptacleId,
            job: jobs[i]?.jobs[0] ?? null,
          })),
        })
      })
      .catch((error: unknown) => setRows({ state: 'failed', error }))
  }, [dispatch.id])

  useEffect(() => {
    if (connection !== 'open') return
    load()
    // A label job of one of these receptacles changed, or one of them opened or closed: look again.
    const client = getStationClient()
    const offJob = client.on('print.job', (job) => {
      if (job.kind === 'receptacle') load()
    })
    const offReceptacle = client.on('receptacle.changed', (receptacle) => {
      if (receptacle.dispatch === dispatch.id) load()
    })
    return () => {
      offJob()
      offReceptacle()
    }
  }, [connection, load, dispatch.id, dispatch.closedAt])

  if (rows.state === 'failed') {
    return <ProblemNote title="dispatch.labelsFailed" problem={describeEngineError(rows.error)} />
  }
  if (rows.state === 'loading' || rows.rows.length === 0) return null
  return (
    <section className="xlabels" aria-labelledby="dispatch-labels-title" data-testid="dispatch-labels">
      <h3 id="dispatch-labels-title">{t('dispatch.labelsTitle')}</h3>
      <ul className="xlabel-list">
        {rows.rows.map((row) => (
          <li
            key={row.handle}
            className="xlabel-row"
            data-testid="dispatch-label-row"
            data-receptacle-state={row.state}
          >
            <div className="xlabel-id">
              <span className="xlabel-serial">{String(row.serial).padStart(3, '0')}</span>{' '}
              <span className="code">{row.receptacleId ? groupCode(row.receptacleId) : ''}</span>
              {row.state === 'open' && (
                <span className="xlabel-open" data-testid="dispatch-label-open">
                  {t('dispatch.receptacleOpen')}
                </span>
              )}
            </div>
            {row.job ? (
              <JobState job={row.job} destination={destinationOf(row.job, printers.known)} brief />
            ) : (
              <p className="form-note">
                {t(row.state === 'open' ? 'dispatch.noLabelYet' : 'dispatch.noLabelJob')}
              </p>
            )}
            <div className="xlabel-actions">
              {/* A label of an open receptacle is of an S9 that no longer holds: never printed again. */}
              {row.job && row.state === 'closed' && jobActions(row.job).reprint && (
                <button
                  type="button"
                  className="button"
                  disabled={blockedBy !== null}
                  aria-describedby={blockedBy ?? undefined}
                  onClick={() => setReprinting(row.job)}
                >
                  {t('dispatch.reprintLabel')}
                </button>
              )}
              {mayReopen && row.state === 'closed' && (
                <button
                  type="button"
                  className="button"
                  disabled={blockedBy !== null}
                  aria-describedby={blockedBy ?? undefined}
                  aria-label={t('dispatch.reopenNamed', { serial: String(row.serial).padStart(3, '0') })}
                  onClick={() => setReopening(row)}
                >
                  {t('dispatch.reopen')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {reopening && (
        <ReopenReceptacleDialog
          receptacle={reopening}
          dispatchNumber={dispatch.number}
          onReopened={(result) => {
            setReopening(null)
            load()
            onReopened(result)
          }}
          onRefused={onRefused}
          onCancel={() => setReopening(null)}
        />
      )}
      {reprinting && (
        <ReprintDialog
          job={reprinting}
          printers={printers.known ?? []}
          onClose={() => setReprinting(null)}
          onDone={() => {
            setReprinting(null)
            load()
          }}
        />
      )}
    </section>
  )
}
