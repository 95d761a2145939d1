// The scan field. Scanners type the code and press Enter; people type too, or paste a column of codes.
// After each submission the field is emptied and keeps the focus, ready for the next scan.
import { useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react'
import { isEditable, useGlobalKeys } from '../shell/useGlobalKeys'

/** What the field is for, in the person's language: each screen that scans says it its own way. */
export interface ScanFormWords {
  label: string
  hint: string
  submit: string
  working: string
}

interface ScanFormProps {
  inputRef: RefObject<HTMLInputElement | null>
  pending: boolean
  onSubmit: (text: string) => void
  words: ScanFormWords
}

export function ScanForm({ inputRef, pending, onSubmit, words }: ScanFormProps) {
  const [text, setText] = useState('')

  function submit(): void {
    onSubmit(text)
    setText('')
    inputRef.current?.focus()
  }

  // Escape from anywhere on the screen (a button, the list) also clears and returns to the field.
  useGlobalKeys((event) => {
    if (event.key !== 'Escape' || isEditable(event.target)) return
    setText('')
    inputRef.current?.focus()
  })

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault()
      setText('')
    }
  }

  // A one-line field would glue pasted lines together (AB + CD = ABCD). Keep them apart as a list.
  function onPaste(event: ClipboardEvent<HTMLInputElement>): void {
    const pasted = event.clipboardData.getData('text')
    if (!/[\r\n\t]/.test(pasted)) return
    event.preventDefault()
    const input = event.currentTarget
    const joined = pasted
      .split(/[\r\n\t]+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .join(', ')
    const start = input.selectionStart ?? text.length
    const end = input.selectionEnd ?? text.length
    setText(text.slice(0, start) + joined + text.slice(end))
  }

  return (
    <form
      className="scan-form"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <label className="scan-label" htmlFor="scan-input">
        {words.label}
      </label>
      <div className="scan-row">
        <input
          id="scan-input"
          ref={inputRef}
          className="scan-input"
          type="text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          autoFocus
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby="scan-hint"
          aria-keyshortcuts="F2 /"
          data-testid="scan-input"
        />
        <button type="submit" className="button button-primary scan-button">
          {words.submit}
        </button>
      </div>
      <p id="scan-hint" className="scan-hint">
        {pending ? <strong className="scan-pending">{words.working}</strong> : words.hint}
      </p>
    </form>
  )
}
