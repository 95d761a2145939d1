// The languages the UI speaks, how we pick one, and how a message is filled in. Pure: no window, no
// React, so the rules are unit-tested and shared by every screen.
import { en, type MessageKey, type Messages } from './en'
import { es } from './es'
import { fr } from './fr'

export const LANGUAGES = ['en', 'fr', 'es'] as const
export type Language = (typeof LANGUAGES)[number]

/** Each language named in itself, so a person who cannot read the current one still finds theirs. */
export const LANGUAGE_AUTONYMS: Record<Language, string> = { en: 'English', fr: 'Français', es: 'Español' }

export const CATALOGUES: Record<Language, Messages> = { en, fr, es }

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The first of the browser's preferred languages we speak (`fr-CA` counts as `fr`), else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0]
    if (isLanguage(base)) return base
  }
  return 'en'
}

export type Params = Record<string, string | number>

/** The `{name}` placeholders a message expects. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string)
}

/**
 * Fills `{name}` placeholders. A placeholder without a value is left visible rather than blanked, so a
 * missing parameter shows up as a defect on screen instead of as a silently wrong sentence.
 */
export function interpolate(message: string, params: Params = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  )
}

export type Translate = (key: MessageKey, params?: Params) => string

export function translator(language: Language): Translate {
  const messages = CATALOGUES[language]
  return (key, params) => interpolate(messages[key], params)
}
