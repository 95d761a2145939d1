// A <dialog> opened with showModal() focuses its first focusable element, and React's autoFocus runs
// before the parent Modal has opened it, so it is lost. This puts the focus where typing or confirming
// starts, once the dialog is open.
import { useEffect, useRef } from 'react'

export function useFocusOnOpen<T extends HTMLElement>() {
  const target = useRef<T>(null)
  useEffect(() => {
    const frame = window.requestAnimationFrame(() => target.current?.focus())
    return () => window.cancelAnimationFrame(frame)
  }, [])
  return target
}
