// The icon beside an office-of-exchange state. Tick and cross are the scan outcomes' own; the hourglass
// (on its way) and the arrow (sent) complete them, each its own shape.
import { HourglassIcon, InvalidIcon, ValidIcon } from '../shell/icons'
import type { ExchangeIcon } from './look'

export function StateIcon({ icon, size = 28 }: { icon: ExchangeIcon; size?: number }) {
  switch (icon) {
    case 'tick':
      return <ValidIcon size={size} />
    case 'cross':
      return <InvalidIcon size={size} />
    case 'hourglass':
      return <HourglassIcon size={size} />
    case 'sent':
      return (
        <svg
          className="icon"
          width={size}
          height={size}
          viewBox="0 0 48 48"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="24" cy="24" r="22" fill="currentColor" />
          <path
            className="icon-stroke"
            d="M12 24 H34 M25 15 L34 24 L25 33"
            fill="none"
            strokeWidth="5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      )
  }
}
