// The items presented to customs, oldest first: state in colour, icon and words, where each goes, its
// declared value and how long it has waited. A checkbox per row builds the selection for a decision in
// one go: Space toggles, Shift with Space, a click or an arrow key selects the rows in between, the
// arrows move from row to row, Enter opens the row's item.
import { useRef, type KeyboardEvent, type MouseEvent } from 'react'
import { groupCode } from '../codes/groupCode'
import { useLanguage, useT } from '../settings/SettingsContext'
import { StatusIcon } from '../labels/StatusIcon'
import { formatAge, LONG_WAIT_MINUTES, minutesSince } from './age'
import { Destination } from './Destination'
import { formatMoney, stateLook, stateWords } from './look'
import type { QueueList } from './useCustomsQueue'
import { selectionCoverage, type Selection, type SelectionAction } from './selection'

interface QueueTableProps {
  list: QueueList
  selection: Selection
  onSelect: (action: SelectionAction) => void
  openItem: string | null
  onOpen: (itemId: string) => void
  now: Date
  filtered: boolean
}

export function QueueTable({ list, selection, onSelect, openItem, onOpen, now, filtered }: QueueTableProps) {
  const t = useT()
  const language = useLanguage()
  const body = useRef<HTMLTableSectionElement>(null)

  if (list.state === 'loading') return <p className="customs-empty">{t('customsQueue.loading')}</p>
  if (list.state === 'failed')
    return <p className="customs-empty form-note-error">{t('customsQueue.failed')}</p>
  if (list.items.length === 0) {
    return (
      <p className="customs-empty" data-testid="customs-queue-empty">
        {t(filtered ? 'customsQueue.noneMatch' : 'customsQueue.empty')}
      </p>
    )
  }
  const order = list.items.map((entry) => entry.itemId)
  const coverage = selectionCoverage(selection, order)

  function focusRow(index: number): void {
    const boxes = body.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')
    boxes?.[index]?.focus()
  }

  function onBoxKey(event: KeyboardEvent<HTMLInputElement>, index: number, itemId: string): void {
    if (event.key === ' ' && event.shiftKey) {
      event.preventDefault()
      onSelect({ type: 'extend', id: itemId, order })
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const next = Math.max(0, Math.min(order.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))
      if (event.shiftKey) onSelect({ type: 'extend', id: order[next]!, order })
      focusRow(next)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onOpen(itemId)
    }
  }

  function onBoxClick(event: MouseEvent<HTMLInputElement>, itemId: string): void {
    onSelect(event.shiftKey ? { type: 'extend', id: itemId, order } : { type: 'toggle', id: itemId })
  }

  return (
    <div className="table-scroll">
      <table className="customs-table" data-testid="customs-queue">
        <caption className="sr-only">{t('customsQueue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="customs-select-cell">
              <input
                type="checkbox"
                className="customs-check"
                aria-label={t('customsQueue.selectAll')}
                checked={coverage === 'all'}
                ref={(box) => {
                  if (box) box.indeterminate = coverage === 'some'
                }}
                readOnly
                onClick={() => onSelect(coverage === 'all' ? { type: 'clear' } : { type: 'all', order })}
              />
            </th>
            <th scope="col">{t('customsQueue.item')}</th>
            <th scope="col" className="customs-state-col">
              {t('customsQueue.state')}
            </th>
            <th scope="col">{t('customsQueue.destination')}</th>
            <th scope="col" className="numeric">
              {t('customsQueue.value')}
            </th>
            <th scope="col" className="numeric">
              {t('customsQueue.age')}
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {list.items.map((entry, index) => {
            const look = stateLook(entry.state)
            const chosen = selection.ids.includes(entry.itemId)
            const waited = minutesSince(entry.presentedAt, now)
            const grouped = groupCode(entry.itemId)
            return (
              <tr
                key={entry.itemId}
                className={`customs-row tone-${look.tone}${chosen ? ' row-chosen' : ''}${entry.itemId === openItem ? ' row-open' : ''}`}
                data-testid="customs-row"
                data-item={entry.itemId}
                data-state={entry.state}
              >
                <td className="customs-select-cell">
                  <input
                    type="checkbox"
                    className="customs-check"
                    aria-label={t('customsQueue.select', { item: grouped })}
                    checked={chosen}
                    readOnly
                    onClick={(event) => onBoxClick(event, entry.itemId)}
                    onKeyDown={(event) => onBoxKey(event, index, entry.itemId)}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="customs-open code"
                    aria-current={entry.itemId === openItem ? 'true' : undefined}
                    onClick={() => onOpen(entry.itemId)}
                  >
                    {grouped}
                  </button>
                  <span className="customs-direction">{t(`customs.direction.${entry.direction}`)}</span>
                </td>
                <td>
                  <span className="customs-state-cell" data-testid="customs-row-state">
                    <StatusIcon icon={look.icon} size={26} />
                    <span>{stateWords(entry, t)}</span>
                  </span>
                </td>
                <td>
                  <Destination code={entry.destination} />
                </td>
                <td className="numeric">
                  {entry.value ? (
                    formatMoney(entry.value.amount, entry.value.currency, language, t)
                  ) : (
                    <span className="customs-muted">{t('customs.valueUnknown')}</span>
                  )}
                </td>
                <td className={`numeric${waited >= LONG_WAIT_MINUTES ? ' customs-long-wait' : ''}`}>
                  {formatAge(waited, language)}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
