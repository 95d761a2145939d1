import { InvalidIcon, ValidIcon, WarningIcon } from '../shell/icons'
import type { Outcome } from './outcome'

export function OutcomeIcon({ outcome, size }: { outcome: Outcome; size?: number }) {
  switch (outcome) {
    case 'valid':
      return <ValidIcon size={size} />
    case 'warning':
      return <WarningIcon size={size} />
    case 'invalid':
      return <InvalidIcon size={size} />
  }
}
