// Whether keystrokes reach this window at all. A wedge scanner types into the focused window: while
// another window has the focus, its scans go there and are lost here.
import { useEffect, useState } from 'react'

function hasFocus(): boolean {
  return document.visibilityState === 'visible' && document.hasFocus()
}

export function useWindowFocus(): boolean {
  const [focused, setFocused] = useState(hasFocus)
  useEffect(() => {
    const lost = (): void => setFocused(false)
    // A click or a key here proves the window has the keyboard, whatever was reported before.
    const found = (): void => setFocused(true)
    const visibility = (): void => setFocused(hasFocus())
    window.addEventListener('blur', lost)
    window.addEventListener('focus', found)
    window.addEventListener('click', found)
    window.addEventListener('keydown', found, { capture: true })
    document.addEventListener('visibilitychange', visibility)
    return () => {
      window.removeEventListener('blur', lost)
      window.removeEventListener('focus', found)
      window.removeEventListener('click', found)
      window.removeEventListener('keydown', found, { capture: true })
      document.removeEventListener('visibilitychange', visibility)
    }
  }, [])
  return focused
}
