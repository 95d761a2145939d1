// A receptacle in words a worker checks against the bag tag: where it goes, what mail, which dispatch,
// which bag of it, how full. The codes stay as printed; their meanings come from the code lists.
import type { Receptacle } from '../../api/bagging'
import { groupCode } from '../codes/groupCode'
import { categoryMeaning, officeName, subclassMeaning } from '../codes/names'
import { formatWeight } from '../codes/weight'
import { useLanguage, useT } from '../settings/SettingsContext'
import { dispatchNumber } from './dispatch'

export function ReceptacleFacts({ receptacle }: { receptacle: Receptacle }) {
  const t = useT()
  const language = useLanguage()
  const office = officeName(receptacle.destination)
  const number = dispatchNumber(receptacle.dispatch)
  const limit = formatWeight(receptacle.weightLimitKg, language)
  const over = receptacle.weightKg !== null && receptacle.weightKg > receptacle.weightLimitKg
  return (
    <>
      <p className="receptacle-destination" data-testid="receptacle-destination">
        <span className="receptacle-to">{t('bagging.to')}</span>
        <span className="code receptacle-impc">{receptacle.destination}</span>
        <span className="receptacle-office">
          {office.listed ? (office.name ?? t('value.nameUnknown')) : t('value.notInList')}
        </span>
      </p>
      <dl className="facts">
        <div className="fact fact-wide">
          <dt>{t('field.category')}</dt>
          <dd>
            <span className="code fact-code">{receptacle.category}</span>
            {categoryMeaning(receptacle.category, language) ?? t('value.noMeaning')}
          </dd>
        </div>
        <div className="fact fact-wide">
          <dt>{t('field.subclass')}</dt>
          <dd>
            <span className="code fact-code">{receptacle.subclass}</span>
            {subclassMeaning(receptacle.subclass, language) ?? t('value.noMeaning')}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('bagging.dispatch')}</dt>
          <dd className="fact-big" data-testid="receptacle-dispatch">
            {number ?? '—'}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('bagging.receptacle')}</dt>
          <dd className="fact-big" data-testid="receptacle-serial">
            {t('bagging.serial', { serial: receptacle.serial })}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('bagging.items')}</dt>
          <dd className="fact-big" data-testid="receptacle-items">
            {receptacle.items}
          </dd>
        </div>
        <div className="fact-wide">
          <dt className="sr-only">{t('kind.dispatch')}</dt>
          <dd className="code fact-s8" data-testid="receptacle-s8">
            {groupCode(receptacle.dispatch)}
          </dd>
        </div>
        <div className={`fact fact-wide${over ? ' fact-over' : ''}`}>
          <dt>{t('bagging.weight')}</dt>
          <dd data-testid="receptacle-weight">
            {receptacle.weightKg === null ? (
              t('bagging.weightUnknown', { limit })
            ) : (
              <>
                <span className="fact-weight">
                  {t('bagging.weightOf', { weight: formatWeight(receptacle.weightKg, language), limit })}
                </span>{' '}
                <meter
                  className="weight-meter"
                  min={0}
                  max={receptacle.weightLimitKg}
                  low={receptacle.weightLimitKg * 0.8}
                  high={receptacle.weightLimitKg * 0.95}
                  optimum={0}
                  value={receptacle.weightKg}
                  aria-hidden="true"
                />
              </>
            )}
          </dd>
        </div>
      </dl>
    </>
  )
}
