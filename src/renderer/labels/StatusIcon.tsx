// The icon beside a printer's or a label's state. Tick, triangle and cross are the scan outcomes' own;
// an hourglass (on its way), a question mark (a person must say) and a slashed ring (stopped) complete
// them, so every state has its shape and none depends on colour.
import { HourglassIcon, InvalidIcon, ValidIcon, WarningIcon } from '../shell/icons'
import type { LabelIcon } from './printerStatus'

export function StatusIcon({ icon, size = 32 }: { icon: LabelIcon; size?: number }) {
  switch (icon) {
    case 'tick':
      return <ValidIcon size={size} />
    case 'triangle':
      return <WarningIcon size={size} />
    case 'cross':
      return <InvalidIcon size={size} />
    case 'hourglass':
      return <HourglassIcon size={size} />
    case 'question':
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
            d="M17.5 18.5 a6.5 6.5 0 1 1 9.5 5.8 c-2 1 -3 2.4 -3 4.7"
            fill="none"
            strokeWidth="5"
            strokeLinecap="round"
          />
          <circle className="icon-fill" cx="24" cy="36.5" r="3.2" />
        </svg>
      )
    case 'slash':
      return (
        <svg
          className="icon"
          width={size}
          height={size}
          viewBox="0 0 48 48"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="24" cy="24" r="19" fill="none" stroke="currentColor" strokeWidth="5" />
          <path d="M11 37 L37 11" stroke="currentColor" strokeWidth="5" strokeLinecap="round" />
        </svg>
      )
  }
}
