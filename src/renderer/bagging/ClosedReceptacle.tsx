// What closing produced: the S9 identifier in big grouped type (as the label prints it), what went into
// the receptacle, and whether its dispatch is now closed too.
import type { CommandOutput } from '../../api'
import { groupCode } from '../codes/groupCode'
import { formatWeight } from '../codes/weight'
import { VerdictIcon } from '../feedback/VerdictIcon'
import { useLanguage, useT } from '../settings/SettingsContext'
import { dispatchNumber } from './dispatch'

interface ClosedReceptacleProps {
  closed: CommandOutput<'receptacle.close'>
  onDone: () => void
}

export function ClosedReceptacle({ closed, onDone }: ClosedReceptacleProps) {
  const t = useT()
  const language = useLanguage()
  const { receptacle, dispatch } = closed
  const s9 = receptacle.receptacleId ?? ''
  return (
    <div className="closed" data-testid="closed-receptacle">
      <header className="closed-head result-valid" role="status">
        <VerdictIcon verdict="valid" size={48} />
        <h2 id="close-dialog-title">{t('closeDialog.closed')}</h2>
      </header>
      <p className="closed-caption">{t('closeDialog.s9')}</p>
      <p className="code closed-s9" data-testid="s9">
        {groupCode(s9)}
      </p>
      <dl className="facts closed-facts">
        <div className="fact">
          <dt>{t('bagging.items')}</dt>
          <dd>{receptacle.items}</dd>
        </div>
        <div className="fact">
          <dt>{t('field.weight')}</dt>
          <dd>{receptacle.weightKg === null ? '—' : formatWeight(receptacle.weightKg, language)}</dd>
        </div>
        <div className="fact">
          <dt>{t('field.registered')}</dt>
          <dd>{t(receptacle.registered ? 'value.yes' : 'value.no')}</dd>
        </div>
        <div className="fact">
          <dt>{t('field.highest')}</dt>
          <dd>{t(receptacle.highest ? 'value.yes' : 'value.no')}</dd>
        </div>
      </dl>
      {dispatch.state === 'closed' && (
        <p className="closed-dispatch">
          {t('closeDialog.dispatchClosed', { dispatch: dispatchNumber(dispatch.id) ?? dispatch.id })}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="button button-primary" onClick={onDone} autoFocus>
          {t('closeDialog.done')}
        </button>
      </div>
    </div>
  )
}
