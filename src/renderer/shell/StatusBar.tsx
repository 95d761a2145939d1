// The engine connection in words, colour and shape, with what the engine is. role="status" makes a
// screen reader say it when the connection drops or comes back.
import type { ConnectionStatus } from '../contract/client'
import type { AppInfoState } from '../engine/appInfo'
import type { MessageKey } from '../i18n/en'
import type { OfficeState } from '../session/useOffice'
import { useT } from '../settings/SettingsContext'

const WORDS: Record<ConnectionStatus, MessageKey> = {
  open: 'status.open',
  connecting: 'status.connecting',
  closed: 'status.closed',
}

interface StatusBarProps {
  connection: ConnectionStatus
  appInfo: AppInfoState
  office: OfficeState
}

export function StatusBar({ connection, appInfo, office }: StatusBarProps) {
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
      {office.state === 'ready' && office.office && (
        <div className="office-info" data-testid="office">
          {t('office.label')} <strong className="code">{office.office.impc}</strong>
          {office.office.name && ` ${office.office.name}`}
        </div>
      )}
      <div className="keys-hint">{t('status.keys')}</div>
    </footer>
  )
}
