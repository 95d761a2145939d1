// A modal dialog on the browser's own <dialog>: it keeps the focus inside, makes the rest of the page
// inert (so a scan cannot land behind it), closes on Esc, and gives the focus back when it closes.
import { useEffect, useRef, type ReactNode } from 'react'

interface ModalProps {
  labelledBy: string
  onClose: () => void
  className?: string
  testId?: string
  children: ReactNode
}

export function Modal({ labelledBy, onClose, className, testId, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  // No close() on unmount: the element leaves the page with its top layer, and a close() there would fire
  // `close` (so onClose) for a dialog that React is only remounting.
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])
  return (
    <dialog
      ref={dialog}
      className={`modal ${className ?? ''}`}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onClose={onClose}
    >
      {children}
    </dialog>
  )
}
