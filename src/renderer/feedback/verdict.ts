// The three verdicts a person must tell apart at a glance, whatever the screen: good, look again, refused.
// Each has its colour (CSS `*-valid|warning|invalid`), its icon shape and its tone, so none depends on colour.
import type { Tone } from './tones'

export type Verdict = 'valid' | 'warning' | 'invalid'

export const TONE_FOR: Record<Verdict, Tone> = { valid: 'good', warning: 'warning', invalid: 'error' }
