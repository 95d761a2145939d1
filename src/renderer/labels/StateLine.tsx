// A state in words, colour and icon on one band: the one line a person reads from a step away.
import type { ReactNode } from 'react'
import type { Look } from './printerStatus'
import { StatusIcon } from './StatusIcon'

interface StateLineProps {
  look: Look
  size?: 'small' | 'large'
  testId?: string
  state?: string
  /** Makes a change of the line heard by screen readers (role=status). */
  live?: boolean
  children: ReactNode
}

export function StateLine({ look, size = 'small', testId, state, live = false, children }: StateLineProps) {
  return (
    <p
      className={`label-state label-state-${size} tone-${look.tone}`}
      data-testid={testId}
      data-state={state}
      data-tone={look.tone}
      role={live ? 'status' : undefined}
    >
      <StatusIcon icon={look.icon} size={size === 'large' ? 40 : 28} />
      <span className="label-state-words">{children}</span>
    </p>
  )
}
