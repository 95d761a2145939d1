// A trigger bounce or a scanner's own re-read sends the same code twice within a fraction of a second.
// The engine's scan is idempotent anyway, but a second event would beep twice and count twice on screen.

export const DEFAULT_DEBOUNCE_MS = 750

export class Debouncer {
  private readonly seen = new Map<string, number>()
  /** Re-reads dropped so far, for diagnosis. */
  dropped = 0

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** True when `code` was already read within the window; the window restarts on each read. */
  isReRead(code: string): boolean {
    const t = this.now()
    const last = this.seen.get(code)
    this.seen.set(code, t)
    if (this.seen.size > 256) this.forgetOlderThan(t - this.windowMs)
    if (last !== undefined && t - last < this.windowMs) {
      this.dropped++
      return true
    }
    return false
  }

  private forgetOlderThan(limit: number): void {
    for (const [code, at] of this.seen) if (at < limit) this.seen.delete(code)
  }
}
