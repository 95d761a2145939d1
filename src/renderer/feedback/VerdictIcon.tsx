import { InvalidIcon, ValidIcon, WarningIcon } from '../shell/icons'
import type { Verdict } from './verdict'

export function VerdictIcon({ verdict, size }: { verdict: Verdict; size?: number }) {
  switch (verdict) {
    case 'valid':
      return <ValidIcon size={size} />
    case 'warning':
      return <WarningIcon size={size} />
    case 'invalid':
      return <InvalidIcon size={size} />
  }
}
