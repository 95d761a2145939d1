// Adding or changing a printer (`printer.save`): its id, its name on screen, how the station reaches it,
// the print head's resolution, and whether closed receptacles' labels go to it. Each mistake is named by
// its field before anything is sent; the engine's refusal is shown in its own words.
import { useState, type ReactNode } from 'react'
import { PRINTER_URI_HINT, type Printer } from '../../api/printing'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import { fromPrinterDraft, toPrinterDraft, type PrinterDraft, type PrinterField } from './printerForm'

interface PrinterFormProps {
  /** The printer changed; null adds one. */
  printer: Printer | null
  others: readonly Printer[]
  onSaved: (printer: Printer) => void
  onCancel: () => void
}

export function PrinterForm({ printer, others, onSaved, onCancel }: PrinterFormProps) {
  const t = useT()
  const { act } = useSession()
  const [draft, setDraft] = useState<PrinterDraft>(() => toPrinterDraft(printer, others))
  const [problems, setProblems] = useState<PrinterField[]>([])
  const [duplicate, setDuplicate] = useState(false)
  const [refusal, setRefusal] = useState<EngineProblem | null>(null)
  const [working, setWorking] = useState(false)
  const adding = printer === null

  function change(next: Partial<PrinterDraft>): void {
    setDraft((current) => ({ ...current, ...next }))
    setProblems([])
    setDuplicate(false)
  }

  function save(): void {
    setRefusal(null)
    const taken = adding ? others.map((p) => p.id) : []
    const result = fromPrinterDraft(draft, taken)
    if (!result.ok) {
      setProblems(result.problems)
      setDuplicate(result.duplicate)
      return
    }
    setWorking(true)
    act('printer.save', { printer: result.printer })
      .then((answer) => onSaved(answer.printer))
      .catch((error: unknown) => {
        setRefusal(describeEngineError(error))
        setWorking(false)
      })
  }

  const wrong = (field: PrinterField): boolean => problems.includes(field)
  const title = adding ? t('printerForm.titleAdd') : t('printerForm.titleEdit', { id: printer.id })
  return (
    <form
      className="form printer-form"
      aria-labelledby="printer-form-title"
      data-testid="printer-form"
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      <h3 id="printer-form-title">{title}</h3>
      <div className="form-row form-row-top">
        <Field id="printer-id" label={t('printerForm.id')} invalid={wrong('printerForm.id') || duplicate}>
          <input
            id="printer-id"
            className="text-input code-path printer-id-input"
            value={draft.id}
            disabled={!adding}
            onChange={(event) => change({ id: event.target.value })}
            aria-describedby="printer-id-hint"
            aria-invalid={wrong('printerForm.id') || duplicate}
            spellCheck={false}
            autoComplete="off"
            autoFocus={adding}
          />
          <p className="form-note" id="printer-id-hint">
            {t('printerForm.idHint')}
          </p>
        </Field>
        <Field id="printer-name" label={t('printerForm.name')} invalid={wrong('printerForm.name')} wide>
          <input
            id="printer-name"
            className="text-input"
            value={draft.name}
            maxLength={100}
            onChange={(event) => change({ name: event.target.value })}
            aria-invalid={wrong('printerForm.name')}
            autoComplete="off"
            autoFocus={!adding}
          />
        </Field>
      </div>
      <Field id="printer-uri" label={t('printerForm.uri')} invalid={wrong('printerForm.uri')} wide>
        <input
          id="printer-uri"
          className="text-input code-path"
          value={draft.uri}
          maxLength={300}
          onChange={(event) => change({ uri: event.target.value })}
          aria-describedby="printer-uri-hint"
          aria-invalid={wrong('printerForm.uri')}
          placeholder="tcp:10.0.4.21:9100"
          spellCheck={false}
          autoComplete="off"
        />
        <p className="form-note" id="printer-uri-hint">
          {t('printerForm.uriHint')} <code className="code-path">{PRINTER_URI_HINT}</code>
        </p>
      </Field>
      <fieldset className="form-field">
        <legend>{t('printerForm.dpi')}</legend>
        <div className="choice-row">
          {(['203', '300'] as const).map((dpi) => (
            <label key={dpi} className="choice">
              <input
                type="radio"
                name="printer-dpi"
                value={dpi}
                checked={draft.dpi === dpi}
                onChange={() => change({ dpi })}
              />
              <span>{t(dpi === '203' ? 'printerForm.dpi203' : 'printerForm.dpi300')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.isDefault}
          onChange={(event) => change({ isDefault: event.target.checked })}
        />
        <span>{t('printerForm.default')}</span>
      </label>
      {(problems.length > 0 || duplicate) && (
        <div className="problem" role="alert" data-testid="printer-form-problems">
          {problems.length > 0 && (
            <p>{t('printerForm.invalid', { fields: problems.map((field) => t(field)).join(', ') })}</p>
          )}
          {duplicate && <p>{t('printerForm.duplicate', { id: draft.id.trim() })}</p>}
        </div>
      )}
      {refusal && <ProblemNote title="printerForm.refused" problem={refusal} />}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={working}>
          {working ? t('printerForm.saving') : t('printerForm.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('printerForm.cancel')}
        </button>
      </div>
    </form>
  )
}

function Field(props: { id: string; label: string; invalid: boolean; wide?: boolean; children: ReactNode }) {
  const classes = [
    'form-field',
    props.wide ? 'form-field-wide' : '',
    props.invalid ? 'form-field-invalid' : '',
  ]
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
    </div>
  )
}
