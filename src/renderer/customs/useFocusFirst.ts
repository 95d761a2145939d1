// A <dialog> opened with showModal() focuses its first focusable element, and React's autoFocus runs
// before the Modal has opened it, so it is lost. This puts the focus where the officer starts typing or
// choosing, once the dialog is open.
import { useEffect, useRef } from 'react'

export function useFocusFirst<T extends HTMLElement>() {
  const target = useRef<T>(null)
  useEffect(() => {
    const frame = window.requestAnimationFrame(() => target.current?.focus())
    return () => window.cancelAnimationFrame(frame)
  }, [])
  return target
}
