// The station's printers, each with its condition, and (for supervisors, exchange office staff and
// administrators) the form that adds or changes one. Others are told who may, before they try.
import { useState } from 'react'
import type { Printer } from '../../api/printing'
import { describeEngineError } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { roleKey } from '../session/roles'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import { PrinterCard } from './PrinterCard'
import { PrinterForm } from './PrinterForm'
import { mayManagePrinters } from './printerStatus'
import type { Printers } from './usePrinters'

/** Which printer the form edits: none open, a new one, or an existing one by id. */
type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; id: string }

export function PrinterSection({ printers }: { printers: Printers }) {
  const t = useT()
  const { signedIn } = useSession()
  const [editing, setEditing] = useState<Editing>({ kind: 'none' })
  const [saved, setSaved] = useState<string | null>(null)
  const role = signedIn?.operator.role ?? null
  const mayManage = mayManagePrinters(role)
  const { list } = printers
  const known = printers.known ?? []
  const edited = editing.kind === 'edit' ? (known.find((p) => p.id === editing.id) ?? null) : null

  function done(printer: Printer): void {
    printers.apply(printer)
    setEditing({ kind: 'none' })
    setSaved(printer.name)
  }

  return (
    <section className="labels-group" aria-labelledby="printers-title" data-testid="printers">
      <div className="labels-group-head">
        <h2 id="printers-title">{t('labels.printers')}</h2>
        {mayManage && editing.kind === 'none' && list.state === 'ready' && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(null)
              setEditing({ kind: 'add' })
            }}
          >
            {t('printer.add')}
          </button>
        )}
      </div>
      {list.state === 'loading' && <p>{t('labels.printersLoading')}</p>}
      {list.state === 'failed' && (
        <ProblemNote title="labels.printersFailed" problem={describeEngineError(list.error)} />
      )}
      {list.state === 'ready' && list.printers.length === 0 && editing.kind === 'none' && (
        <p className="labels-none">{t('labels.printersNone')}</p>
      )}
      {saved && (
        <p className="form-note saved-note" role="status">
          {t('printerForm.saved', { name: saved })}
        </p>
      )}
      {(editing.kind === 'add' || edited) && (
        <PrinterForm
          key={edited?.id ?? 'new'}
          printer={edited}
          others={known.filter((p) => p.id !== edited?.id)}
          onSaved={done}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
      {known.length > 0 && (
        <ul className="printer-list" aria-label={t('labels.printers')}>
          {known.map((printer) => (
            <li key={printer.id}>
              <PrinterCard
                printer={printer}
                mayManage={mayManage}
                onChange={printers.apply}
                onRemoved={printers.forget}
                onEdit={() => {
                  setSaved(null)
                  setEditing({ kind: 'edit', id: printer.id })
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {role !== null && !mayManage && (
        <p className="form-note" data-testid="printers-why">
          {t('printerForm.notAllowed', { role: t(roleKey(role)) })}
        </p>
      )}
    </section>
  )
}
