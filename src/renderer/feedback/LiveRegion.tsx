// Says the outcome of each scan aloud, for screen-reader users and anyone looking away. Keyed by the
// message number so the same words twice are announced twice.
export interface LiveMessage {
  seq: number
  text: string
}

export function LiveRegion({ message, testId }: { message: LiveMessage | null; testId: string }) {
  return (
    <div className="sr-only" aria-live="assertive" aria-atomic="true" data-testid={testId}>
      {message && <span key={message.seq}>{message.text}</span>}
    </div>
  )
}
