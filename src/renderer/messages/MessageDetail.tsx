// One message in full: its state, who it went to or came from, what it is about, why it is in that
// state (for a quarantined file, every issue with where to look), and its text as written. An outgoing
// message can be sent again (F8), after saying why.
import type { ReactNode } from 'react'
import type { Message } from '../../api/exchange'
import type { ConnectionStatus } from '../contract/client'
import { StateIcon } from '../dispatch/StateIcon'
import { describeEngineError } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { formatWhen } from '../labels/when'
import { useLanguage, useT } from '../settings/SettingsContext'
import { ShortcutKey } from '../shell/ShortcutKey'
import { MESSAGES_SHORTCUTS } from '../dispatch/shortcuts'
import { IssueList } from './IssueList'
import { issueLines } from './issues'
import { mayResend, messageDirectionKey, messageLook, messageStateKey, messageTitle } from './messageState'
import { useMessageContent } from './useMessageContent'

interface MessageDetailProps {
  connection: ConnectionStatus
  message: Message
  /** Id of the note saying why acting is not possible now; null: the buttons act. */
  blockedBy: string | null
  onResend: () => void
  onShow: (id: number) => void
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="xfact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

export function MessageDetail({ connection, message, blockedBy, onResend, onShow }: MessageDetailProps) {
  const t = useT()
  const language = useLanguage()
  const look = messageLook(message.state)
  const content = useMessageContent(connection, message)
  const issues = message.state === 'quarantined' ? issueLines(message.reason) : []
  return (
    <section
      className="xchange-detail message-detail"
      aria-labelledby="message-detail-title"
      data-testid="message-detail"
    >
      <div className="xdetail-head">
        <h2 id="message-detail-title">
          {messageTitle(message, t)}{' '}
          <span className="xsub-inline">{t('message.number', { id: message.id })}</span>
        </h2>
        <p className={`xstate xtone-${look.tone}`} data-testid="message-state" data-state={message.state}>
          <StateIcon icon={look.icon} size={32} />
          <span>{t(messageStateKey(message.state))}</span>
        </p>
      </div>
      {message.state === 'quarantined' && (
        <div className="xresult xtone-fault" data-testid="message-issues">
          <div>
            <p className="xresult-title">{t('message.quarantinedWhy', { count: issues.length })}</p>
            <IssueList issues={issues} />
          </div>
        </div>
      )}
      <dl className="xfacts">
        <Fact label={t('message.direction')}>{t(messageDirectionKey(message.direction))}</Fact>
        <Fact label={t('message.type')}>
          <span className="code">{message.type}</span>
        </Fact>
        <Fact label={t('message.partner')}>
          <span className="code">{message.partner ?? '—'}</span>
        </Fact>
        <Fact label={t('message.subject')}>
          <span className="code">{message.subject ?? '—'}</span>
        </Fact>
        <Fact label={t('message.controlRef')}>
          <span className="code">{message.controlRef ?? '—'}</span>
        </Fact>
        <Fact label={t('message.createdAt')}>
          {formatWhen(message.createdAt, language)} · {message.createdBy}
        </Fact>
        {message.resendOf !== null && (
          <Fact label={t('message.resendOf')}>
            <button type="button" className="xlink-button" onClick={() => onShow(message.resendOf!)}>
              {t('message.number', { id: message.resendOf })}
            </button>
          </Fact>
        )}
        {message.file && (
          <Fact label={t('message.file')}>
            <span className="code code-path">{message.file}</span>
          </Fact>
        )}
      </dl>
      {message.state !== 'quarantined' && message.reason && (
        <p className="xengine-note">
          <span className="xengine-label">{t('message.engineNote')}</span>{' '}
          <span lang="en">{message.reason}</span>
        </p>
      )}
      {mayResend(message) && (
        <div className="xactions">
          <button
            type="button"
            className="button"
            aria-keyshortcuts={MESSAGES_SHORTCUTS.resend}
            aria-describedby={blockedBy ?? undefined}
            disabled={blockedBy !== null}
            onClick={onResend}
          >
            {t('message.resend')} <ShortcutKey keys={MESSAGES_SHORTCUTS.resend} />
          </button>
        </div>
      )}
      <h3>{t('message.content')}</h3>
      {content.state === 'loading' && <p className="xchange-note">{t('message.contentLoading')}</p>}
      {content.state === 'failed' && (
        <ProblemNote title="message.contentFailed" problem={describeEngineError(content.error)} />
      )}
      {content.state === 'ready' && (
        <pre
          className="edi-text"
          tabIndex={0}
          aria-label={t('documents.ediText', { form: message.type })}
          data-testid="message-content"
        >
          {content.content}
        </pre>
      )}
    </section>
  )
}
