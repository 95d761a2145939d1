// Every printer's condition in one line each, at the top of the Labels screen: whether labels can come
// out now is the first thing a person needs, before the queue and the printers' details.
import type { Printer } from '../../api/printing'
import { useT } from '../settings/SettingsContext'
import { conditionLook, conditionWords } from './printerStatus'
import { StateLine } from './StateLine'

export function PrinterStrip({ printers }: { printers: readonly Printer[] | null }) {
  const t = useT()
  if (printers === null || printers.length === 0) return null
  return (
    <ul className="printer-strip" aria-label={t('labels.printersNow')} data-testid="printer-strip">
      {printers.map((printer) => (
        <li key={printer.id}>
          <StateLine look={conditionLook(printer.condition)} state={printer.condition.state}>
            <span className="printer-strip-name">{printer.name}</span>
            <span>{conditionWords(printer.condition, t)}</span>
          </StateLine>
        </li>
      ))}
    </ul>
  )
}
