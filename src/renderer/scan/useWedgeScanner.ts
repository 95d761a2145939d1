// The keyboard-wedge scanner, heard from the whole window: a burst is submitted to the screen's scan
// handler wherever the focus is (a button pressed with a glove, the list), read by key position so the
// PC's layout cannot corrupt it. Keys typed by a person go to the scan field as they were typed.
import { useEffect, useRef, type RefObject } from 'react'
import { isEditable } from '../shell/useGlobalKeys'
import { WedgeDetector, type WedgeOptions, type WedgeOutcome } from './wedge'

interface WedgeScannerProps {
  enabled: boolean
  options: WedgeOptions
  /** The screen's scan field: where typed keys go, and the one editable field the detector listens in. */
  field: RefObject<HTMLInputElement | null>
  onScan: (code: string) => void
}

/** Keys that may start a burst outside the scan field; others (Space on a button, / for the field) act. */
const STARTS_BURST = /^(?:Key[A-Z]|Digit[0-9]|Numpad[0-9])$/

function putTyped(field: HTMLInputElement | null, text: string): void {
  if (!field) return
  if (document.activeElement !== field) field.focus()
  const start = field.selectionStart ?? field.value.length
  const end = field.selectionEnd ?? field.value.length
  field.setRangeText(text, start, end, 'end')
  // React's controlled input hears the change through the input event, as if typed.
  field.dispatchEvent(new Event('input', { bubbles: true }))
}

/** Removes `text` from just before the caret, where `putTyped` left it. */
function takeBack(field: HTMLInputElement | null, text: string): boolean {
  if (!field) return false
  const end = field.selectionStart ?? field.value.length
  const start = end - text.length
  if (start < 0 || field.value.slice(start, end) !== text) return false
  field.setRangeText('', start, end, 'end')
  field.dispatchEvent(new Event('input', { bubbles: true }))
  return true
}

export function useWedgeScanner({ enabled, options, field, onScan }: WedgeScannerProps): void {
  const detector = useRef(new WedgeDetector(options))
  const latest = useRef({ onScan, field })
  useEffect(() => {
    latest.current = { onScan, field }
    detector.current.configure(options)
  })

  useEffect(() => {
    if (!enabled) return
    const wedge = detector.current
    let timer: ReturnType<typeof setTimeout> | undefined

    const apply = (outcomes: WedgeOutcome[]): void => {
      for (const outcome of outcomes) {
        if (outcome.type === 'typed') putTyped(latest.current.field.current, outcome.text)
        else if (!outcome.retract || takeBack(latest.current.field.current, outcome.retract)) {
          latest.current.onScan(outcome.code)
        } else {
          // The head is no longer in the field (cleared, edited): the burst is only what came after it.
          latest.current.onScan(outcome.code.slice(outcome.retract.length))
        }
      }
    }
    const watch = (): void => {
      clearTimeout(timer)
      if (!detector.current.holding) return
      timer = setTimeout(
        () => {
          apply(detector.current.expire(performance.now()))
          watch()
        },
        detector.current.waitMs(performance.now()) + 1,
      )
    }

    const onKey = (event: KeyboardEvent): void => {
      const inField = event.target === latest.current.field.current
      // A form field of its own (a weight, a PIN) or an open dialog: the person is answering that.
      if ((!inField && isEditable(event.target)) || document.querySelector('dialog[open]')) return
      if (!inField && !detector.current.holding && !STARTS_BURST.test(event.code)) return
      const step = detector.current.key({
        key: event.key,
        code: event.code,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        capsLock: event.getModifierState('CapsLock'),
        at: event.timeStamp,
      })
      if (step.consume) {
        event.preventDefault()
        event.stopPropagation()
      }
      apply(step.outcomes)
      watch()
    }

    window.addEventListener('keydown', onKey, { capture: true })
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true })
      clearTimeout(timer)
      // Whatever was held when capture stops was typed: hand it over rather than lose it.
      apply(wedge.expire(Number.POSITIVE_INFINITY))
    }
  }, [enabled])
}
