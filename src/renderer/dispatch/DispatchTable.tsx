// Every dispatch of the station, open ones first, one row each with what the exchange office checks
// before closing: where it goes, what mail, how many receptacles (open ones stand out: they stop the
// close), how many registered, items, weight and state. A row's number is a button that shows it below;
// the arrow keys move between rows.
import type { KeyboardEvent } from 'react'
import type { DispatchSummary } from '../../api/exchange'
import { formatWeight } from '../codes/weight'
import { describeEngineError } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useLanguage, useT } from '../settings/SettingsContext'
import { dispatchLook } from './look'
import { OfficeName } from './OfficeName'
import { StateIcon } from './StateIcon'
import type { DispatchList } from './useDispatches'

interface DispatchTableProps {
  list: DispatchList
  selected: string | null
  onSelect: (id: string) => void
}

function moveWithArrows(
  event: KeyboardEvent<HTMLButtonElement>,
  ids: string[],
  onSelect: (id: string) => void,
) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  const at = ids.indexOf(event.currentTarget.dataset.id ?? '')
  const next = ids[at + (event.key === 'ArrowDown' ? 1 : -1)]
  if (next === undefined) return
  event.preventDefault()
  onSelect(next)
  const table = event.currentTarget.closest('table')
  table?.querySelector<HTMLButtonElement>(`button[data-id="${next}"]`)?.focus()
}

export function DispatchTable({ list, selected, onSelect }: DispatchTableProps) {
  const t = useT()
  const language = useLanguage()
  if (list.state === 'loading') return <p className="xchange-note">{t('dispatch.loading')}</p>
  if (list.state === 'failed')
    return <ProblemNote title="dispatch.loadFailed" problem={describeEngineError(list.error)} />
  if (list.dispatches.length === 0) return <p className="xchange-empty">{t('dispatch.none')}</p>
  const ids = list.dispatches.map((d) => d.id)
  return (
    <div className="table-scroll">
      <table className="xchange-table dispatch-table" data-testid="dispatch-table">
        <caption className="sr-only">{t('dispatch.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dispatch.col.number')}</th>
            <th scope="col">{t('dispatch.col.destination')}</th>
            <th scope="col">{t('dispatch.col.mail')}</th>
            <th scope="col" className="numeric">
              {t('dispatch.col.receptacles')}
            </th>
            <th scope="col" className="numeric">
              {t('dispatch.col.registered')}
            </th>
            <th scope="col" className="numeric">
              {t('dispatch.col.items')}
            </th>
            <th scope="col" className="numeric">
              {t('dispatch.col.weight')}
            </th>
            <th scope="col">{t('dispatch.col.state')}</th>
          </tr>
        </thead>
        <tbody>
          {list.dispatches.map((d: DispatchSummary) => {
            const look = dispatchLook(d.state)
            const isSelected = d.id === selected
            return (
              <tr
                key={d.id}
                className={`xtone-${look.tone}${isSelected ? ' row-selected' : ''}${d.openReceptacles > 0 ? ' row-has-open' : ''}`}
                data-testid={`dispatch-${d.id}`}
                data-state={d.state}
                onClick={() => onSelect(d.id)}
              >
                <td>
                  <button
                    type="button"
                    className="row-pick"
                    data-id={d.id}
                    aria-pressed={isSelected}
                    aria-label={t('dispatch.pick', { number: d.number, destination: d.destination })}
                    onClick={(event) => {
                      event.stopPropagation()
                      onSelect(d.id)
                    }}
                    onKeyDown={(event) => moveWithArrows(event, ids, onSelect)}
                  >
                    {d.number}
                  </button>
                </td>
                <td>
                  <OfficeName code={d.destination} />
                </td>
                <td className="code">
                  {d.category} · {d.subclass}
                </td>
                <td className="numeric">
                  {d.receptacles}
                  {d.openReceptacles > 0 && (
                    <span className="open-count" data-testid="open-receptacles-count">
                      {t('dispatch.openCount', { count: d.openReceptacles })}
                    </span>
                  )}
                </td>
                <td className="numeric">{d.registeredReceptacles}</td>
                <td className="numeric">{d.items}</td>
                <td className="numeric">{formatWeight(d.weightKg, language)}</td>
                <td>
                  <span className="state-cell">
                    <StateIcon icon={look.icon} size={24} />
                    {t(`dispatch.state.${d.state}`)}
                  </span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
