import { OperatorBadge } from '../session/OperatorBadge'
import { useT } from '../settings/SettingsContext'
import { SCREENS, screenTitle, shortcutNumber, type ScreenId } from './screens'

interface NavProps {
  current: ScreenId
  onOpen: (screen: ScreenId) => void
}

export function Nav({ current, onOpen }: NavProps) {
  const t = useT()
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <p className="nav-product">{t('app.title')}</p>
      {/* Above the screens, never scrolled away: whose name the scans go under, and the way out. */}
      <OperatorBadge />
      <ul>
        {SCREENS.map((screen) => {
          const digit = shortcutNumber(screen)
          return (
            <li key={screen}>
              <a
                href={`#/${screen}`}
                className="nav-item"
                aria-current={screen === current ? 'page' : undefined}
                aria-keyshortcuts={digit === null ? undefined : `Alt+${digit}`}
                onClick={(event) => {
                  event.preventDefault()
                  onOpen(screen)
                }}
              >
                <span className="nav-name">{t(screenTitle(screen))}</span>
                {digit !== null && <kbd className="nav-key">{t('nav.shortcut', { n: digit })}</kbd>}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
