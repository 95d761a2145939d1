// Every receptacle open at this station, newest first; choosing one makes scans go into it. Buttons, so
// a click, a tap with a glove, or Tab and Enter all work; the current one is marked in words too.
import type { Receptacle } from '../../api/bagging'
import { useLanguage, useT } from '../settings/SettingsContext'
import { dispatchNumber } from './dispatch'
import { itemCount } from './itemCount'

interface OpenReceptacleListProps {
  receptacles: Receptacle[]
  current: number | null
  onChoose: (handle: number) => void
}

export function OpenReceptacleList({ receptacles, current, onChoose }: OpenReceptacleListProps) {
  const t = useT()
  const language = useLanguage()
  return (
    <section className="open-list" aria-labelledby="open-list-title">
      <h2 id="open-list-title">{t('bagging.openList')}</h2>
      {receptacles.length === 0 ? (
        <p className="history-empty">{t('bagging.openListEmpty')}</p>
      ) : (
        <>
          <ul className="open-list-items" data-testid="open-receptacles">
            {receptacles.map((receptacle) => {
              const isCurrent = receptacle.handle === current
              return (
                <li key={receptacle.handle}>
                  <button
                    type="button"
                    className="open-item"
                    aria-pressed={isCurrent}
                    onClick={() => onChoose(receptacle.handle)}
                  >
                    <span className="open-item-line">
                      <span className="code open-item-impc">{receptacle.destination}</span>
                      <span className="code">
                        {receptacle.category} {receptacle.subclass}
                      </span>
                      {isCurrent && <span className="current-mark">{t('bagging.isCurrent')}</span>}
                    </span>
                    <span className="open-item-line open-item-detail">
                      <span>
                        {t('bagging.dispatch')} {dispatchNumber(receptacle.dispatch) ?? receptacle.dispatch}
                      </span>
                      <span>{t('bagging.serial', { serial: receptacle.serial })}</span>
                      <span>{itemCount(receptacle.items, language, t)}</span>
                    </span>
                  </button>
                </li>
              )
            })}
          </ul>
          <p className="form-note">{t('bagging.chooseHint')}</p>
        </>
      )}
    </section>
  )
}
