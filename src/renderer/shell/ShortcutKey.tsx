// The key that does what a button does, printed on the button itself: the shortcut is learnt by
// looking, and aria-keyshortcuts tells a screen reader the same.
export function ShortcutKey({ keys }: { keys: string }) {
  return (
    <kbd className="shortcut-key" aria-hidden="true">
      {keys}
    </kbd>
  )
}
