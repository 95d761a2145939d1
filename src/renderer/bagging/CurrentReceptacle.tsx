// The receptacle scans go into, large: the one thing a worker must never be unsure of.
import type { Receptacle } from '../../api/bagging'
import { useT } from '../settings/SettingsContext'
import { ReceptacleFacts } from './ReceptacleFacts'

export function CurrentReceptacle({ receptacle }: { receptacle: Receptacle | null }) {
  const t = useT()
  return (
    <section
      className={`receptacle-card${receptacle ? '' : ' receptacle-card-none'}`}
      aria-labelledby="current-title"
      data-testid="current-receptacle"
    >
      <h2 id="current-title" className="card-caption">
        {t('bagging.current')}
      </h2>
      {receptacle ? (
        <ReceptacleFacts receptacle={receptacle} />
      ) : (
        <p className="receptacle-none">{t('bagging.none')}</p>
      )}
    </section>
  )
}
