// Each screen's title takes the focus when the screen opens, so a keyboard or screen-reader user
// starts reading from the new screen instead of staying on a navigation link.
import { useEffect, useRef } from 'react'

export function ScreenHeading({ children, takeFocus = true }: { children: string; takeFocus?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (takeFocus) heading.current?.focus()
  }, [takeFocus])
  return (
    <h1 className="screen-title" tabIndex={-1} ref={heading}>
      {children}
    </h1>
  )
}
