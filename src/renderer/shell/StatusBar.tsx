// The engine connection in words, colour and shape, with what the engine is. role="status" makes a
// screen reader say it when the connection drops or comes back.
import type { ConnectionStatus } from '../contract/client'
import type { AppInfoState } from '../engine/appInfo'
import type { MessageKey } from '../i18n/en'
import { useT } from '../settings/SettingsContext'

const WORDS: Record<ConnectionStatus, MessageKey> = {
  open: 'status.open',
  connecting: 'status.connecting',
  closed: 'status.closed',
}

export function StatusBar({ connection, appInfo }: { connection: ConnectionStatus; appInfo: AppInfoState }) {
  const t = useT()
  return (
    <footer className="status-bar">
      <div className={`connection connection-${connection}`} role="status" data-testid="connection">
        <span className="connection-mark" aria-hidden="true" />
        <span>
          {t('status.label')} <strong>{t(WORDS[connection])}</strong>
        </span>
      </div>
      {appInfo.state === 'ready' && (
        <div className="engine-info">
          {t(`status.engine.${appInfo.info.engine}`)} ·{' '}
          {t('status.version', { version: appInfo.info.version })}
        </div>
      )}
      <div className="keys-hint">{t('status.keys')}</div>
    </footer>
  )
}
