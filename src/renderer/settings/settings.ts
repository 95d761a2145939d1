// The person's settings for this station, kept in localStorage. Parsing is strict and forgiving at
// once: a stored value from an older version, or edited by hand, falls back field by field to the
// defaults instead of breaking the app at start-up.
import { isLanguage, pickLanguage, type Language } from '../i18n/languages'
import { DEFAULT_WEDGE_OPTIONS } from '../scan/wedge'

/** Keyboard-wedge scanner capture: on by default, since most stations start with one. */
export interface WedgeSettings {
  enabled: boolean
  /** Read scanner keys by position (US layout), so an AZERTY or QWERTZ PC does not corrupt codes. */
  mapByPosition: boolean
  /** Longest pause between two keys of a scanner burst, in ms. */
  maxGapMs: number
}

export const WEDGE_GAP_RANGE = { min: 10, max: 100 } as const

export interface Settings {
  language: Language
  soundOn: boolean
  /** 0 to 1. */
  volume: number
  wedge: WedgeSettings
}

export const SETTINGS_KEY = 'post-station.settings'

export function defaultSettings(preferredLanguages: readonly string[]): Settings {
  return {
    language: pickLanguage(preferredLanguages),
    soundOn: true,
    volume: 0.7,
    wedge: {
      enabled: true,
      mapByPosition: DEFAULT_WEDGE_OPTIONS.mapByPosition,
      maxGapMs: DEFAULT_WEDGE_OPTIONS.maxGapMs,
    },
  }
}

export function parseSettings(stored: string | null, defaults: Settings): Settings {
  if (stored === null) return defaults
  let raw: unknown
  try {
    raw = JSON.parse(stored)
  } catch {
    return defaults
  }
  if (typeof raw !== 'object' || raw === null) return defaults
  const value = raw as Record<string, unknown>
  return {
    language: isLanguage(value.language) ? value.language : defaults.language,
    soundOn: typeof value.soundOn === 'boolean' ? value.soundOn : defaults.soundOn,
    volume:
      typeof value.volume === 'number' && Number.isFinite(value.volume)
        ? Math.min(1, Math.max(0, value.volume))
        : defaults.volume,
    wedge: parseWedge(value.wedge, defaults.wedge),
  }
}

function parseWedge(raw: unknown, defaults: WedgeSettings): WedgeSettings {
  if (typeof raw !== 'object' || raw === null) return defaults
  const value = raw as Record<string, unknown>
  const gap = value.maxGapMs
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : defaults.enabled,
    mapByPosition: typeof value.mapByPosition === 'boolean' ? value.mapByPosition : defaults.mapByPosition,
    maxGapMs:
      typeof gap === 'number' && Number.isInteger(gap)
        ? Math.min(WEDGE_GAP_RANGE.max, Math.max(WEDGE_GAP_RANGE.min, gap))
        : defaults.maxGapMs,
  }
}

export function loadSettings(): Settings {
  const defaults = defaultSettings(navigator.languages?.length ? navigator.languages : [navigator.language])
  try {
    return parseSettings(window.localStorage.getItem(SETTINGS_KEY), defaults)
  } catch {
    // Storage can be disabled by policy; the app still works, it just forgets.
    return defaults
  }
}

export function saveSettings(settings: Settings): void {
  try {
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings))
  } catch {
    // Same as above: not being able to remember is no reason to stop a scan.
  }
}
