// What a decision will apply to, and the four decisions with their keys: the selected rows when there
// are any, else the item that is open. Anyone signed in may press them: the engine refuses whoever is
// not a customs officer, in its own words, and records the attempt; the bar says so beforehand.
import type { Role } from '../../api/bagging'
import type { CustomsDecisionKind } from '../../api/customs'
import { groupCode } from '../codes/groupCode'
import { roleKey } from '../session/roles'
import { useT } from '../settings/SettingsContext'
import { ShortcutKey } from '../shell/ShortcutKey'
import { mayDecide } from './permissions'
import { CUSTOMS_SHORTCUTS } from './shortcuts'

const DECISIONS: readonly CustomsDecisionKind[] = ['hold', 'release', 'return', 'seize']

interface DecisionBarProps {
  targets: readonly string[]
  /** True when the targets are the selection, not the open item. */
  bulk: boolean
  role: Role | null
  /** Why no decision can be made now (nothing chosen, seized), when that is so. */
  blocked: string | null
  onDecide: (decision: CustomsDecisionKind) => void
  onClearSelection: () => void
}

export function DecisionBar({ targets, bulk, role, blocked, onDecide, onClearSelection }: DecisionBarProps) {
  const t = useT()
  const disabled = role === null || targets.length === 0 || blocked !== null
  const forWhom =
    targets.length === 0
      ? t('customsDecide.nothingChosen')
      : bulk
        ? t('customsDecide.forSelection', { count: targets.length })
        : t('customsDecide.forItem', { item: groupCode(targets[0]!) })
  return (
    <section
      className="customs-decide-bar"
      aria-labelledby="customs-decide-title"
      data-testid="customs-decide-bar"
    >
      <div className="customs-decide-head">
        <h2 id="customs-decide-title" className="customs-decide-title">
          {t('customsDecide.title')}
        </h2>
        <p className="customs-decide-for" data-testid="customs-decide-for" aria-live="polite">
          {forWhom}
        </p>
        {bulk && (
          <button type="button" className="button button-quiet" onClick={onClearSelection}>
            {t('customsDecide.clearSelection')}
          </button>
        )}
      </div>
      <div className="customs-decide-buttons">
        {DECISIONS.map((decision) => (
          <button
            key={decision}
            type="button"
            className={`button customs-decision customs-decision-${decision}`}
            aria-keyshortcuts={CUSTOMS_SHORTCUTS[decision]}
            aria-describedby="customs-decide-why"
            disabled={disabled}
            onClick={() => onDecide(decision)}
          >
            {t(`customsDecide.button.${decision}`)} <ShortcutKey keys={CUSTOMS_SHORTCUTS[decision]} />
          </button>
        ))}
      </div>
      <p id="customs-decide-why" className="form-note customs-decide-why" data-testid="customs-decide-why">
        {role === null
          ? t('customsDecide.signInFirst')
          : blocked !== null
            ? blocked
            : mayDecide(role)
              ? t('customsDecide.finalNote')
              : t('customsDecide.notOfficer', { role: t(roleKey(role)) })}
      </p>
    </section>
  )
}
