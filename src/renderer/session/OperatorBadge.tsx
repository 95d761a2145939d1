// Who is signed in, always in view, with the way out: on a shared station the next person must see at
// a glance whose name their scans would go under.
import { useT } from '../settings/SettingsContext'
import { operatorLabel } from './acting'
import { roleKey } from './roles'
import { useSession } from './SessionContext'

export function OperatorBadge() {
  const t = useT()
  const { signedIn, signOut } = useSession()
  if (!signedIn) return null
  return (
    <div className="operator-badge" data-testid="operator">
      <p className="operator-caption">{t('session.signedIn')}</p>
      <p className="operator-name">{operatorLabel(signedIn.operator)}</p>
      <p className="operator-role">{t(roleKey(signedIn.operator.role))}</p>
      <button type="button" className="button button-quiet operator-sign-out" onClick={signOut}>
        {t('session.signOut')}
      </button>
    </div>
  )
}
