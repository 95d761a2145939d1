// One printer: its name, whether it can print now (words, colour and icon), how the station reaches it,
// and the buttons to ask it again or, for those allowed, to change or remove it.
import { useState } from 'react'
import type { Printer } from '../../api/printing'
import { dpmmFor } from '../../core/labels/resolution'
import { getStationClient } from '../contract/client'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import type { MessageKey } from '../i18n/en'
import { useSession } from '../session/SessionContext'
import { useLanguage, useT } from '../settings/SettingsContext'
import { conditionLook, conditionWords } from './printerStatus'
import { StateLine } from './StateLine'
import { formatWhen } from './when'

interface PrinterCardProps {
  printer: Printer
  mayManage: boolean
  onChange: (printer: Printer) => void
  onRemoved: (id: string) => void
  onEdit: () => void
}

export function PrinterCard({ printer, mayManage, onChange, onRemoved, onEdit }: PrinterCardProps) {
  const t = useT()
  const language = useLanguage()
  const { act } = useSession()
  const [working, setWorking] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [problem, setProblem] = useState<{ title: MessageKey; problem: EngineProblem } | null>(null)
  const look = conditionLook(printer.condition)

  function check(): void {
    setWorking(true)
    setProblem(null)
    getStationClient()
      .invoke('printer.check', { id: printer.id })
      .then((answer) => onChange(answer.printer))
      .catch((error: unknown) =>
        setProblem({ title: 'printer.checkFailed', problem: describeEngineError(error) }),
      )
      .finally(() => setWorking(false))
  }

  function remove(): void {
    setWorking(true)
    setProblem(null)
    act('printer.remove', { id: printer.id })
      .then(() => onRemoved(printer.id))
      .catch((error: unknown) => {
        setProblem({ title: 'printer.removeFailed', problem: describeEngineError(error) })
        setConfirming(false)
        setWorking(false)
      })
  }

  return (
    <article
      className={`printer-card printer-${look.tone}`}
      data-testid={`printer-${printer.id}`}
      data-state={printer.condition.state}
      aria-labelledby={`printer-${printer.id}-name`}
    >
      <header className="printer-head">
        <h3 id={`printer-${printer.id}-name`}>
          {printer.name} <span className="printer-id">{printer.id}</span>
        </h3>
        {printer.isDefault && <span className="default-mark">{t('printer.default')}</span>}
      </header>
      <StateLine look={look} testId="printer-condition" state={printer.condition.state}>
        {conditionWords(printer.condition, t)}
      </StateLine>
      <p className="printer-facts">
        <code className="code-path">{printer.uri}</code>
        <span>{t('printer.dpiValue', { dpi: printer.dpi, dpmm: dpmmFor(printer.dpi) })}</span>
        {printer.checkedAt !== null && (
          <span>{t('printer.checkedAt', { time: formatWhen(printer.checkedAt, language) })}</span>
        )}
      </p>
      {problem && <ProblemNote title={problem.title} problem={problem.problem} />}
      {confirming ? (
        <div className="printer-confirm" role="group" aria-labelledby={`printer-${printer.id}-confirm`}>
          <p id={`printer-${printer.id}-confirm`} className="printer-confirm-question">
            {t('printer.removeConfirm', { name: printer.name })}
          </p>
          <div className="button-row">
            <button type="button" className="button button-danger" onClick={remove} disabled={working}>
              {t('printer.removeYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>
              {t('printer.removeNo')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={check} disabled={working}>
            {working ? t('printer.checking') : t('printer.check')}
          </button>
          {mayManage && (
            <>
              <button type="button" className="button" onClick={onEdit}>
                {t('printer.edit')}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                {t('printer.remove')}
              </button>
            </>
          )}
        </div>
      )}
    </article>
  )
}
