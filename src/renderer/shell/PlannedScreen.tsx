// A screen that is planned but not built: it says what it will do and that it is not there yet. No
// sample data and no buttons that do nothing.
import { useT } from '../settings/SettingsContext'
import { PlannedIcon } from './icons'
import { ScreenHeading } from './ScreenHeading'
import { screenTitle, type PlannedScreenId } from './screens'

export function PlannedScreen({ screen }: { screen: PlannedScreenId }) {
  const t = useT()
  return (
    <section className="planned">
      <ScreenHeading>{t(screenTitle(screen))}</ScreenHeading>
      <div className="planned-panel">
        <p className="planned-status">
          <PlannedIcon size={36} />
          <span>{t('planned.notAvailable')}</span>
        </p>
        <h2>{t('planned.willDo')}</h2>
        <p className="planned-text">{t(`planned.${screen}`)}</p>
        <p className="planned-meanwhile">{t('planned.meanwhile')}</p>
      </div>
    </section>
  )
}
