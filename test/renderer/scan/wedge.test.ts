import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WEDGE_OPTIONS,
  usCharacter,
  WedgeDetector,
  type WedgeKey,
  type WedgeOptions,
  type WedgeOutcome,
} from '../../../src/renderer/scan/wedge'

type Layout = 'qwerty' | 'azerty' | 'qwertz'

// What each layout types at the US positions a scanner uses for postal codes (unshifted, shifted).
const AZERTY_DIGITS: Record<string, [string, string]> = {
  Digit1: ['&', '1'],
  Digit2: ['é', '2'],
  Digit3: ['"', '3'],
  Digit4: ["'", '4'],
  Digit5: ['(', '5'],
  Digit6: ['-', '6'],
  Digit7: ['è', '7'],
  Digit8: ['_', '8'],
  Digit9: ['ç', '9'],
  Digit0: ['à', '0'],
}

/** The key events a US-configured scanner produces for `text` on a PC set to `layout`. */
function scannerKeys(text: string, layout: Layout, start = 1000, gap = 4): WedgeKey[] {
  return [...text].map((ch, i) => {
    let code: string
    let shift = false
    if (/[A-Z]/.test(ch)) {
      code = `Key${ch}`
      shift = true
    } else if (/[0-9]/.test(ch)) code = `Digit${ch}`
    else if (ch === '-') code = 'Minus'
    else throw new Error(`no key for ${ch}`)
    let key = ch
    if (layout === 'azerty') {
      if (code.startsWith('Digit')) key = AZERTY_DIGITS[code]![0]
      if (code === 'KeyQ') key = 'A'
      if (code === 'KeyA') key = 'Q'
      if (code === 'KeyW') key = 'Z'
      if (code === 'KeyZ') key = 'W'
      if (code === 'Minus') key = ')'
    }
    if (layout === 'qwertz') {
      if (code === 'KeyY') key = 'Z'
      if (code === 'KeyZ') key = 'Y'
      if (code === 'Minus') key = 'ß'
    }
    return { key, code, shiftKey: shift, ctrlKey: false, altKey: false, metaKey: false, at: start + i * gap }
  })
}

function enter(at: number): WedgeKey {
  return { key: 'Enter', code: 'Enter', shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, at }
}

function run(keys: WedgeKey[], options: Partial<WedgeOptions> = {}) {
  const detector = new WedgeDetector({ ...DEFAULT_WEDGE_OPTIONS, ...options })
  const outcomes: WedgeOutcome[] = []
  const consumed: boolean[] = []
  for (const key of keys) {
    const step = detector.key(key)
    consumed.push(step.consume)
    outcomes.push(...step.outcomes)
  }
  const last = keys.at(-1)?.at ?? 0
  outcomes.push(...detector.expire(last + 10_000))
  return { outcomes, consumed }
}

function burst(text: string, layout: Layout, start = 1000): WedgeKey[] {
  const keys = scannerKeys(text, layout, start)
  return [...keys, enter(keys.at(-1)!.at + 4)]
}

describe('keyboard-wedge scans', () => {
  it('reads an S10 item code from a US scanner on a US PC and swallows its Enter', () => {
    const { outcomes, consumed } = run(burst('RR473124829FR', 'qwerty'))
    expect(outcomes).toEqual([{ type: 'scan', code: 'RR473124829FR' }])
    expect(consumed.every(Boolean)).toBe(true)
  })

  it('reads the right code on an AZERTY PC, where the digits arrive as &é"\'(', () => {
    const keys = burst('RR473124829FR', 'azerty')
    expect(keys.map((k) => k.key).join('')).toContain('\'è"&é')
    expect(run(keys).outcomes).toEqual([{ type: 'scan', code: 'RR473124829FR' }])
  })

  it('reads Y and Z right on a QWERTZ PC, and keeps the hyphen', () => {
    const keys = burst('ZY-12345-QY', 'qwertz')
    expect(keys.map((k) => k.key).join('')).toBe('YZß12345ßQZEnter')
    expect(run(keys).outcomes).toEqual([{ type: 'scan', code: 'ZY-12345-QY' }])
  })

  it('keeps a hyphen on AZERTY, where the Minus position types ")"', () => {
    expect(run(burst('QC-157-00042', 'azerty')).outcomes).toEqual([{ type: 'scan', code: 'QC-157-00042' }])
  })

  it('with layout mapping off, takes the characters as the layout typed them', () => {
    const { outcomes } = run(burst('CP12', 'azerty'), { mapByPosition: false, minLength: 4 })
    expect(outcomes).toEqual([{ type: 'scan', code: 'CP&é' }])
  })

  it('reads capitals from Shift even when Caps Lock turned them to small letters', () => {
    const capsOn = scannerKeys('RR473124829FR', 'qwerty').map((k) => ({
      ...k,
      key: k.key.toLowerCase(),
      capsLock: true,
    }))
    expect(run([...capsOn, enter(1060)]).outcomes).toEqual([{ type: 'scan', code: 'RR473124829FR' }])
  })

  it('takes a capital sent without Shift (ASCII emulation, remote desktop) as a capital', () => {
    const noShift = scannerKeys('RR473124829FR', 'qwerty').map((k) => ({ ...k, shiftKey: false }))
    expect(run([...noShift, enter(1060)]).outcomes).toEqual([{ type: 'scan', code: 'RR473124829FR' }])
    const capsOn = noShift.map((k) => ({ ...k, capsLock: true }))
    expect(run([...capsOn, enter(1060)]).outcomes).toEqual([{ type: 'scan', code: 'rr473124829fr' }])
  })

  it('maps positions to the US characters', () => {
    expect(usCharacter('KeyR', true)).toBe('R')
    expect(usCharacter('KeyR', false)).toBe('r')
    expect(usCharacter('Digit1', false)).toBe('1')
    expect(usCharacter('F5', false)).toBeNull()
  })

  it('hands a person typing slowly back as typed text, never as a scan', () => {
    const slow = scannerKeys('RR473124829FR', 'qwerty', 1000, 140)
    const { outcomes } = run([...slow, enter(slow.at(-1)!.at + 140)])
    expect(outcomes.some((o) => o.type === 'scan')).toBe(false)
    expect(outcomes.map((o) => (o.type === 'typed' ? o.text : '')).join('')).toBe('RR473124829FR')
  })

  it('lets a person’s Enter through to submit what they typed', () => {
    const slow = scannerKeys('AB', 'qwerty', 1000, 150)
    const { consumed } = run([...slow, enter(1400)])
    expect(consumed.at(-1)).toBe(false)
  })

  it('does not take two keys mashed together quickly for a scan (minimum length)', () => {
    const { outcomes } = run(burst('AB', 'qwerty'))
    expect(outcomes).toEqual([{ type: 'typed', text: 'AB' }])
  })

  it('keeps a burst that pauses once on a busy host as one code', () => {
    const head = scannerKeys('RR4731248', 'qwerty', 1000)
    const tail = scannerKeys('29FR', 'qwerty', head.at(-1)!.at + 120)
    const { outcomes } = run([...head, ...tail, enter(tail.at(-1)!.at + 4)])
    expect(outcomes).toEqual([{ type: 'scan', code: 'RR473124829FR' }])
  })

  it('does not glue two separate scans together', () => {
    const first = burst('RR473124829FR', 'qwerty', 1000)
    const second = burst('CP123456785FR', 'qwerty', 2000)
    expect(run([...first, ...second]).outcomes).toEqual([
      { type: 'scan', code: 'RR473124829FR' },
      { type: 'scan', code: 'CP123456785FR' },
    ])
  })

  it('a burst split early by a busy host is still one code, and the head handed back is taken back', () => {
    const head = scannerKeys('RR', 'azerty', 1000)
    const tail = scannerKeys('473124829FR', 'azerty', head.at(-1)!.at + 60)
    const { outcomes } = run([...head, ...tail, enter(tail.at(-1)!.at + 4)])
    expect(outcomes).toEqual([
      { type: 'typed', text: 'RR' },
      { type: 'scan', code: 'RR473124829FR', retract: 'RR' },
    ])
  })

  it('takes back a first key delayed long after a page load, when nothing came between', () => {
    const head = scannerKeys('F', 'qwerty', 1000)
    const tail = scannerKeys('RCDGADZALGDAUN40553006010061', 'qwerty', 1700)
    const { outcomes } = run([...head, ...tail, enter(tail.at(-1)!.at + 4)])
    expect(outcomes).toEqual([
      { type: 'typed', text: 'F' },
      { type: 'scan', code: 'FRCDGADZALGDAUN40553006010061', retract: 'F' },
    ])
  })

  it('does not take back what a person typed and submitted before a scan', () => {
    const typed = scannerKeys('AB', 'qwerty', 1000, 150)
    const burst = scannerKeys('RR473124829FR', 'qwerty', 1400)
    const { outcomes } = run([...typed, enter(1200), ...burst, enter(burst.at(-1)!.at + 4)])
    expect(outcomes.at(-1)).toEqual({ type: 'scan', code: 'RR473124829FR' })
  })

  it('a short split burst with a person’s pause is typing, not a scan', () => {
    const head = scannerKeys('RR4', 'qwerty', 1000)
    const tail = scannerKeys('73', 'qwerty', 1300)
    const { outcomes, consumed } = run([...head, ...tail, enter(1400)])
    expect(outcomes).toEqual([
      { type: 'typed', text: 'RR4' },
      { type: 'typed', text: '73' },
    ])
    expect(consumed.at(-1)).toBe(false)
  })

  it('without a suffix, a fast burst becomes a scan once the keys stop', () => {
    const { outcomes } = run(scannerKeys('RR473124829FR', 'qwerty'), { suffix: 'none' })
    expect(outcomes).toEqual([{ type: 'scan', code: 'RR473124829FR' }])
  })

  it('with a prefix, only bursts starting with it are scans, and the prefix is not in the code', () => {
    const keys = burst('ZRR473124829FR', 'qwerty')
    expect(run(keys, { prefix: 'Z' }).outcomes).toEqual([{ type: 'scan', code: 'RR473124829FR' }])
    expect(run(burst('RR473124829FR', 'qwerty'), { prefix: 'Z' }).outcomes).toEqual([
      { type: 'typed', text: 'RR473124829FR' },
    ])
  })

  it('leaves shortcuts alone (Ctrl, Alt) and hands back what it held', () => {
    const keys = scannerKeys('RR4', 'qwerty')
    const ctrlZ: WedgeKey = { ...keys[0]!, key: 'z', code: 'KeyZ', ctrlKey: true, at: 1010 }
    const { outcomes, consumed } = run([...keys, ctrlZ])
    expect(consumed.at(-1)).toBe(false)
    expect(outcomes).toEqual([{ type: 'typed', text: 'RR4' }])
  })

  it('a timing threshold set lower makes the same scanner a person', () => {
    const keys = scannerKeys('RR473124829FR', 'qwerty', 1000, 12)
    expect(run([...keys, enter(keys.at(-1)!.at + 12)], { maxGapMs: 10 }).outcomes[0]?.type).toBe('typed')
    expect(run([...keys, enter(keys.at(-1)!.at + 12)], { maxGapMs: 30 }).outcomes[0]?.type).toBe('scan')
  })
})
