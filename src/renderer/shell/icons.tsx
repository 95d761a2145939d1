// Outcome icons drawn as inline SVG: no icon font or image file to load, and the shapes differ
// (tick, triangle, cross) so the outcome reads without colour. The body is drawn in currentColor and
// the mark inside in --icon-detail, so an icon stays legible on a band of its own colour.
export function ValidIcon({ size = 48 }: { size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="22" fill="currentColor" />
      <path
        d="M13 25 l7 7 l15 -16"
        className="icon-stroke"
        fill="none"
        strokeWidth="5.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

export function WarningIcon({ size = 48 }: { size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path d="M24 3 L46 43 H2 Z" fill="currentColor" strokeLinejoin="round" />
      <rect className="icon-fill" x="21.5" y="16" width="5" height="14" rx="2" />
      <circle className="icon-fill" cx="24" cy="36" r="3" />
    </svg>
  )
}

export function InvalidIcon({ size = 48 }: { size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <rect x="2" y="2" width="44" height="44" rx="6" fill="currentColor" />
      <path className="icon-stroke" d="M15 15 L33 33 M33 15 L15 33" strokeWidth="5.5" strokeLinecap="round" />
    </svg>
  )
}

export function PlannedIcon({ size = 48 }: { size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="20" fill="none" stroke="currentColor" strokeWidth="4" />
      <path d="M24 12 V24 L32 29" fill="none" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
    </svg>
  )
}

/** On its way (a label being sent, a message waiting in the outbox). */
export function HourglassIcon({ size = 48 }: { size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="22" fill="currentColor" />
      <path className="icon-fill" d="M15 11 H33 V14 L26 24 L33 34 V37 H15 V34 L22 24 L15 14 Z" />
    </svg>
  )
}
