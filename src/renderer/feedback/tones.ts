// Audible outcome of a scan, synthesised with the Web Audio API: no audio files to ship, and each tone
// differs in pitch, rhythm and timbre so a person can tell them apart without looking at the screen.
export type Tone = 'good' | 'warning' | 'error'

interface Beep {
  /** Seconds after the tone starts. */
  at: number
  duration: number
  frequency: number
  wave: OscillatorType
}

const TONES: Record<Tone, Beep[]> = {
  good: [{ at: 0, duration: 0.09, frequency: 1760, wave: 'triangle' }],
  warning: [
    { at: 0, duration: 0.12, frequency: 880, wave: 'square' },
    { at: 0.2, duration: 0.12, frequency: 880, wave: 'square' },
  ],
  error: [{ at: 0, duration: 0.5, frequency: 180, wave: 'sawtooth' }],
}

// Square and sawtooth waves sound far louder than a triangle at the same gain.
const LOUDNESS: Record<OscillatorType, number> = {
  sine: 1,
  triangle: 1,
  square: 0.45,
  sawtooth: 0.5,
  custom: 1,
}
const RAMP = 0.006

let context: AudioContext | null = null

function audioContext(): AudioContext | null {
  if (context) return context
  try {
    context = new AudioContext()
  } catch {
    // No audio device or Web Audio disabled: the screen still tells the outcome in colour and words.
    context = null
  }
  return context
}

export interface SoundSettings {
  soundOn: boolean
  volume: number
}

export function playTone(tone: Tone, sound: SoundSettings): void {
  if (!sound.soundOn || sound.volume <= 0) return
  const ctx = audioContext()
  if (!ctx) return
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined)
  const start = ctx.currentTime + 0.01
  for (const beep of TONES[tone]) {
    const oscillator = ctx.createOscillator()
    const gain = ctx.createGain()
    oscillator.type = beep.wave
    oscillator.frequency.value = beep.frequency
    const peak = Math.min(1, sound.volume) * LOUDNESS[beep.wave]
    const t0 = start + beep.at
    const t1 = t0 + beep.duration
    // Ramps in and out: a gain that jumps straight to its value clicks.
    gain.gain.setValueAtTime(0, t0)
    gain.gain.linearRampToValueAtTime(peak, t0 + RAMP)
    gain.gain.setValueAtTime(peak, t1 - RAMP)
    gain.gain.linearRampToValueAtTime(0, t1)
    oscillator.connect(gain).connect(ctx.destination)
    oscillator.start(t0)
    oscillator.stop(t1 + 0.01)
  }
}

/**
 * Browsers keep an AudioContext silent until the person has interacted with the page. The first key
 * press or touch (a scanner's keystrokes count) creates and resumes it, so the very first scan beeps.
 */
export function unlockAudioOnFirstGesture(target: Window): () => void {
  const events = ['keydown', 'pointerdown'] as const
  const unlock = (): void => {
    const ctx = audioContext()
    if (!ctx) return remove()
    if (ctx.state === 'running') return remove()
    ctx
      .resume()
      .then(() => {
        if (ctx.state === 'running') remove()
      })
      .catch(() => undefined)
  }
  function remove(): void {
    for (const name of events) target.removeEventListener(name, unlock, true)
  }
  for (const name of events) target.addEventListener(name, unlock, true)
  return remove
}
