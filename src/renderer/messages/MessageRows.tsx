// The messages, newest first, each on one line a person can choose: in or out, type and partner, its
// state in words, colour and icon, what it is about and when. The arrow keys move between lines.
import type { KeyboardEvent } from 'react'
import type { Message } from '../../api/exchange'
import { StateIcon } from '../dispatch/StateIcon'
import { describeEngineError } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { formatWhen } from '../labels/when'
import { useLanguage, useT } from '../settings/SettingsContext'
import { filterMessages, type DirectionFilter } from './messageList'
import { messageDirectionKey, messageLook, messageStateKey, messageTitle } from './messageState'
import type { MessageList } from './useMessages'

interface MessageRowsProps {
  list: MessageList
  direction: DirectionFilter
  shown: number | null
  onShow: (id: number) => void
}

function moveWithArrows(
  event: KeyboardEvent<HTMLButtonElement>,
  ids: number[],
  onShow: (id: number) => void,
) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  const at = ids.indexOf(Number(event.currentTarget.dataset.id))
  const next = ids[at + (event.key === 'ArrowDown' ? 1 : -1)]
  if (next === undefined) return
  event.preventDefault()
  onShow(next)
  event.currentTarget.closest('ol')?.querySelector<HTMLButtonElement>(`button[data-id="${next}"]`)?.focus()
}

export function MessageRows({ list, direction, shown, onShow }: MessageRowsProps) {
  const t = useT()
  const language = useLanguage()
  if (list.state === 'loading') return <p className="xchange-note">{t('messages.loading')}</p>
  if (list.state === 'failed')
    return <ProblemNote title="messages.loadFailed" problem={describeEngineError(list.error)} />
  const messages = filterMessages(list.messages, direction)
  if (messages.length === 0) return <p className="xchange-empty">{t('messages.none')}</p>
  const ids = messages.map((m) => m.id)
  return (
    <ol className="message-list" data-testid="message-list">
      {messages.map((m: Message) => {
        const look = messageLook(m.state)
        const isShown = m.id === shown
        return (
          <li
            key={m.id}
            className={`message-row xtone-${look.tone}${isShown ? ' row-selected' : ''}`}
            data-testid={`message-${m.id}`}
            data-state={m.state}
            data-type={m.type}
          >
            <button
              type="button"
              className="message-pick"
              data-id={m.id}
              aria-pressed={isShown}
              onClick={() => onShow(m.id)}
              onKeyDown={(event) => moveWithArrows(event, ids, onShow)}
            >
              <StateIcon icon={look.icon} size={28} />
              <span className="message-pick-text">
                <span className="message-pick-top">
                  <span className="message-direction">{t(messageDirectionKey(m.direction))}</span>
                  <strong className="message-title">{messageTitle(m, t)}</strong>
                  <strong className="message-state-words">{t(messageStateKey(m.state))}</strong>
                </span>
                <span className="message-pick-sub">
                  {m.subject && <span className="code">{m.subject}</span>}
                  <span>{formatWhen(m.createdAt, language)}</span>
                  <span>{t('message.number', { id: m.id })}</span>
                </span>
              </span>
            </button>
          </li>
        )
      })}
    </ol>
  )
}
