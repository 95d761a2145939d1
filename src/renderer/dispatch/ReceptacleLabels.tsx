// The receptacle labels of one dispatch, where the exchange office hands the bags over: each closed
// receptacle with its latest label job in words, and "Print label again" for a torn or lost label.
// A reprint is the same audited decision as on the Labels screen (the dialog says the first label may
// already be on a bag), never a silent repeat.
import { useCallback, useEffect, useState } from 'react'
import type { DispatchSummary } from '../../api/exchange'
import type { PrintJob } from '../../api/printing'
import { groupCode } from '../codes/groupCode'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { describeEngineError } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { destinationOf } from '../labels/jobStatus'
import { JobState } from '../labels/JobState'
import { ReprintDialog } from '../labels/ReprintDialog'
import { usePrinters } from '../labels/usePrinters'
import { useT } from '../settings/SettingsContext'

interface Row {
  handle: number
  serial: number
  receptacleId: string | null
  job: PrintJob | null
}

type Rows = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; rows: Row[] }

interface ReceptacleLabelsProps {
  connection: ConnectionStatus
  dispatch: DispatchSummary
  /** Why acting is not possible now (nobody signed in); null: the buttons act. */
  blockedBy: string | null
}

export function ReceptacleLabels({ connection, dispatch, blockedBy }: ReceptacleLabelsProps) {
  const t = useT()
  const printers = usePrinters(connection)
  const [rows, setRows] = useState<Rows>({ state: 'loading' })
  const [reprinting, setReprinting] = useState<PrintJob | null>(null)

  const load = useCallback(() => {
    const client = getStationClient()
    client
      .invoke('receptacle.list', { state: 'closed' })
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
    // A label job of one of these receptacles changed: look again.
    return getStationClient().on('print.job', (job) => {
      if (job.kind === 'receptacle') load()
    })
  }, [connection, load, dispatch.closedAt])

  if (rows.state === 'failed') {
    return <ProblemNote title="dispatch.labelsFailed" problem={describeEngineError(rows.error)} />
  }
  if (rows.state === 'loading' || rows.rows.length === 0) return null
  return (
    <section className="xlabels" aria-labelledby="dispatch-labels-title" data-testid="dispatch-labels">
      <h3 id="dispatch-labels-title">{t('dispatch.labelsTitle')}</h3>
      <ul className="xlabel-list">
        {rows.rows.map((row) => (
          <li key={row.handle} className="xlabel-row" data-testid="dispatch-label-row">
            <div className="xlabel-id">
              <span className="xlabel-serial">{String(row.serial).padStart(3, '0')}</span>{' '}
              <span className="code">{row.receptacleId ? groupCode(row.receptacleId) : ''}</span>
            </div>
            {row.job ? (
              <JobState job={row.job} destination={destinationOf(row.job, printers.known)} brief />
            ) : (
              <p className="form-note">{t('dispatch.noLabelJob')}</p>
            )}
            {row.job &&
              (row.job.state === 'printed' ||
                row.job.state === 'uncertain' ||
                row.job.state === 'canceled') && (
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
          </li>
        ))}
      </ul>
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
