// The four bagging actions, each with its key printed on it. Undo is shown to everyone, with who may
// use it written beneath, so a worker knows to call a supervisor rather than press it again.
import type { Role } from '../../api/bagging'
import { mayUndo } from '../session/roles'
import { useT } from '../settings/SettingsContext'
import { ShortcutKey } from '../shell/ShortcutKey'
import { SHORTCUTS, type BaggingAction } from './shortcuts'

interface ActionBarProps {
  role: Role
  hasCurrent: boolean
  onAction: (action: BaggingAction) => void
}

export function ActionBar({ role, hasCurrent, onAction }: ActionBarProps) {
  const t = useT()
  const undoAllowed = mayUndo(role)
  const button = (action: BaggingAction, label: string, extra = '', disabled = false) => (
    <button
      type="button"
      className={`button action-button ${extra}`}
      onClick={() => onAction(action)}
      disabled={disabled}
      aria-keyshortcuts={SHORTCUTS[action].replace('Ctrl', 'Control')}
    >
      <span>{label}</span>
      <ShortcutKey keys={SHORTCUTS[action]} />
    </button>
  )
  return (
    <div className="action-bar" role="group" aria-label={t('bagging.current')}>
      {button('open', t('bagging.open'), 'button-primary')}
      {button('close', t('bagging.close'), '', !hasCurrent)}
      {button('closeLast', t('bagging.closeLast'), '', !hasCurrent)}
      {button('undo', t('bagging.undo'), undoAllowed ? '' : 'button-unavailable')}
      {!undoAllowed && <p className="form-note action-note">{t('bagging.undoRole')}</p>}
    </div>
  )
}
