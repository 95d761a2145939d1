// What closing a dispatch recorded, in green: its totals, the highest receptacle (the one the
// destination counts on to know every bag arrived), and where the PREDES and the papers went.
import type { DispatchCloseResult } from '../../api/exchange'
import { formatWeight } from '../codes/weight'
import { useLanguage, useT } from '../settings/SettingsContext'
import { deliveryBillForm } from './dispatchList'
import { StateIcon } from './StateIcon'

interface CloseResultProps {
  result: DispatchCloseResult
  destination: string
  category: string
}

export function CloseResult({ result, destination, category }: CloseResultProps) {
  const t = useT()
  const language = useLanguage()
  return (
    <div className="xresult xtone-good" role="status" data-testid="close-result">
      <StateIcon icon="tick" size={40} />
      <div>
        <p className="xresult-title">{t('dispatchClosed.title')}</p>
        <p>
          {t('dispatchClosed.totals', {
            receptacles: result.receptacles,
            registered: result.registeredReceptacles,
            items: result.items,
            weight: formatWeight(result.weightKg, language),
          })}
        </p>
        <p data-testid="close-result-highest">
          {t('dispatchClosed.highest', { serial: String(result.highestSerial).padStart(3, '0') })}
        </p>
        <p>
          {t('dispatchClosed.files', {
            destination,
            bill: deliveryBillForm(category) ?? t('dispatchClose.deliveryBill'),
          })}
        </p>
      </div>
    </div>
  )
}
