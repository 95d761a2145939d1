// Telling a keyboard-wedge scanner from a person at the keyboard, from keystrokes alone. Pure: the hook
// feeds it key events and timer ticks and carries out what it answers.
//
// A scanner types a whole code in a burst (a key every few milliseconds) and usually ends it with Enter
// or Tab; a person types far slower. Keys are held back while they might be a burst; a burst that ends
// as a scan is submitted whole, anything else is handed back as the text the person typed.
//
// The scanner sends key POSITIONS (USB usages) and the OS maps them with its own layout: a US scanner on
// an AZERTY PC types "&é" for "12", on QWERTZ "Z" for "Y". With `mapByPosition`, a burst is read back
// from `KeyboardEvent.code` as the US layout would have typed it, with Shift for capitals, so neither a
// layout mismatch nor Caps Lock corrupts the code.

export type WedgeSuffix = 'enter' | 'tab' | 'enter-or-tab' | 'none'

export interface WedgeOptions {
  /** Longest pause between two keys of one burst, in ms. */
  maxGapMs: number
  /** Fewer characters than this is a person, however fast (two keys mashed at once). */
  minLength: number
  /** A character the scanner is set to send before each code ('' = none); not part of the code. */
  prefix: string
  suffix: WedgeSuffix
  mapByPosition: boolean
}

export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = {
  maxGapMs: 30,
  minLength: 8,
  prefix: '',
  suffix: 'enter-or-tab',
  mapByPosition: true,
}

/** A burst that already looks like a scanner may pause this long (a busy host) and still be one code. */
export const BURST_PAUSE_MS = 200

/**
 * Keys handed back as typed are taken back into a burst that follows within this time, as long as no
 * other key came between: they are still in the field, where the scanner's own keys would have joined
 * them anyway. The first keys after a page load are the ones a busy renderer delays most.
 */
export const HEAD_MERGE_MS = 2000

export interface WedgeKey {
  key: string
  code: string
  shiftKey: boolean
  ctrlKey: boolean
  altKey: boolean
  metaKey: boolean
  /** Caps Lock on, when known: a capital key without Shift is then Caps Lock's doing, not the code's. */
  capsLock?: boolean
  /** Milliseconds, any monotonic origin (event.timeStamp). */
  at: number
}

export type WedgeOutcome =
  /**
   * `retract`: keys handed back as typed just before, that turned out to be the head of this burst (a
   * busy host paused the scanner early); they are to be taken back out of the field.
   */
  | { type: 'scan'; code: string; retract?: string }
  /** Keys held back that were a person typing: to be put where they would have gone. */
  | { type: 'typed'; text: string }

export interface WedgeStep {
  /** The key is the detector's (held or ended a scan): the browser must not act on it. */
  consume: boolean
  outcomes: WedgeOutcome[]
}

// The US layout by position: [unshifted, shifted].
const US: Record<string, readonly [string, string]> = {
  Digit1: ['1', '!'],
  Digit2: ['2', '@'],
  Digit3: ['3', '#'],
  Digit4: ['4', '$'],
  Digit5: ['5', '%'],
  Digit6: ['6', '^'],
  Digit7: ['7', '&'],
  Digit8: ['8', '*'],
  Digit9: ['9', '('],
  Digit0: ['0', ')'],
  Minus: ['-', '_'],
  Equal: ['=', '+'],
  BracketLeft: ['[', '{'],
  BracketRight: [']', '}'],
  Backslash: ['\\', '|'],
  Semicolon: [';', ':'],
  Quote: ["'", '"'],
  Backquote: ['`', '~'],
  Comma: [',', '<'],
  Period: ['.', '>'],
  Slash: ['/', '?'],
  Space: [' ', ' '],
  NumpadDivide: ['/', '/'],
  NumpadMultiply: ['*', '*'],
  NumpadSubtract: ['-', '-'],
  NumpadAdd: ['+', '+'],
  NumpadDecimal: ['.', '.'],
}

/** The character a US-layout keyboard types at this position, or null for a key that types none. */
export function usCharacter(code: string, shift: boolean): string | null {
  const letter = /^Key([A-Z])$/.exec(code)
  if (letter) return shift ? letter[1]! : letter[1]!.toLowerCase()
  const numpad = /^Numpad([0-9])$/.exec(code)
  if (numpad) return numpad[1]!
  const pair = US[code]
  return pair ? pair[shift ? 1 : 0] : null
}

function isSuffix(key: string, suffix: WedgeSuffix): boolean {
  switch (suffix) {
    case 'enter':
      return key === 'Enter'
    case 'tab':
      return key === 'Tab'
    case 'enter-or-tab':
      return key === 'Enter' || key === 'Tab'
    case 'none':
      return false
  }
}

interface Held {
  /** What the layout typed, handed back if this was a person. */
  typed: string
  /** What the scanner meant, by position (or as typed when mapping is off). */
  meant: string
  at: number
}

export class WedgeDetector {
  private held: Held[] = []
  /** Keys handed back as typed, still recent enough to be the head of a burst that follows. */
  private handedBack: { typed: string; meant: string; at: number } | null = null

  constructor(private options: WedgeOptions) {}

  configure(options: WedgeOptions): void {
    this.options = options
  }

  /** Whether keys are being held back (the hook then keeps a timer running). */
  get holding(): boolean {
    return this.held.length > 0
  }

  /** How long after `now` the held keys must be looked at again if no key comes. */
  waitMs(now: number): number {
    const last = this.held.at(-1)
    return last ? Math.max(0, last.at + this.allowedGap() - now) : 0
  }

  /** Call when no key came for `waitMs`: the held keys end here, as a scan or as typing. */
  expire(now: number): WedgeOutcome[] {
    const last = this.held.at(-1)
    if (!last || now - last.at < this.allowedGap()) return []
    return this.end(this.options.suffix === 'none')
  }

  key(event: WedgeKey): WedgeStep {
    if (event.key === 'Shift' || event.key === 'CapsLock') return { consume: false, outcomes: [] }
    const outcomes = this.expire(event.at)
    if (event.ctrlKey || event.altKey || event.metaKey) {
      const ended = this.end(false)
      this.handedBack = null
      return { consume: false, outcomes: [...outcomes, ...ended] }
    }
    if (isSuffix(event.key, this.options.suffix)) {
      if (this.held.length === 0) {
        // The person's Enter submits what was handed back: it is no longer a head to take back.
        this.handedBack = null
        return { consume: false, outcomes }
      }
      const ended = this.end(true)
      const scanned = ended.some((o) => o.type === 'scan')
      // A scanner's Enter ends its code; a person's Enter still submits what they typed.
      return { consume: scanned, outcomes: [...outcomes, ...ended] }
    }
    const typed = event.key.length === 1 ? event.key : null
    // Capitals come from Shift, so Caps Lock cannot flip a code. A capital typed without Shift or Caps
    // Lock (a scanner in ASCII-emulation mode, a remote-desktop client) is a capital too.
    const shifted = event.shiftKey || (typed !== null && /^[A-Z]$/.test(typed) && event.capsLock !== true)
    const meant = this.options.mapByPosition ? (usCharacter(event.code, shifted) ?? typed) : typed
    if (typed === null || meant === null) {
      const ended = this.end(false)
      this.handedBack = null
      return { consume: false, outcomes: [...outcomes, ...ended] }
    }
    this.held.push({ typed, meant, at: event.at })
    return { consume: true, outcomes }
  }

  /** A burst long enough to be a scanner may pause longer than between two keys. */
  private allowedGap(): number {
    return this.meant().length >= this.options.minLength
      ? Math.max(BURST_PAUSE_MS, this.options.maxGapMs)
      : this.options.maxGapMs
  }

  private meant(): string {
    return this.held.map((h) => h.meant).join('')
  }

  private end(complete: boolean): WedgeOutcome[] {
    if (this.held.length === 0) return []
    const held = this.held
    this.held = []
    const { prefix, minLength, maxGapMs } = this.options
    const first = held[0]!
    const last = held.at(-1)!
    const recent =
      this.handedBack !== null && first.at - this.handedBack.at <= HEAD_MERGE_MS ? this.handedBack : null
    const head = recent?.meant ?? ''
    const meant = head + held.map((h) => h.meant).join('')
    const typed = held.map((h) => h.typed).join('')
    const code = prefix && meant.startsWith(prefix) ? meant.slice(prefix.length) : meant
    const prefixed = !prefix || meant.startsWith(prefix)
    // Scanner speed until the burst first reaches the minimum length; later pauses are tolerated above.
    const fast = held
      .slice(1, Math.max(1, minLength - head.length))
      .every((h, i) => h.at - held[i]!.at <= maxGapMs)
    if (complete && prefixed && fast && code.length >= minLength) {
      this.handedBack = null
      return [recent ? { type: 'scan', code, retract: recent.typed } : { type: 'scan', code }]
    }
    this.handedBack = {
      typed: (recent?.typed ?? '') + typed,
      meant: head + held.map((h) => h.meant).join(''),
      at: last.at,
    }
    return [{ type: 'typed', text: typed }]
  }
}
