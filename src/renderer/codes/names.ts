// Code-list meanings in the person's language. Country names come from the browser's own CLDR data
// (Intl.DisplayNames), which knows every language; the UPU lists carry their own en/fr/es names.
import {
  countryName as englishCountryName,
  impcOffice,
  isCountry,
  mailCategory,
  mailClass,
  mailSubclass,
  serviceIndicatorInfo,
} from '../../core/codelists'
import type { Language } from '../i18n/languages'

const regionNames = new Map<Language, Intl.DisplayNames | null>()

function createRegionNamer(language: Language): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'none' })
  } catch {
    return null
  }
}

function regionNamer(language: Language): Intl.DisplayNames | null {
  if (!regionNames.has(language)) regionNames.set(language, createRegionNamer(language))
  return regionNames.get(language) ?? null
}

/** The country's name, or null for a code that is not an ISO country (which the engine warns about). */
export function countryName(code: string, language: Language): string | null {
  if (!isCountry(code)) return null
  try {
    const name = regionNamer(language)?.of(code)
    if (name && name !== code) return name
  } catch {
    // Fall through to the English name from our own list.
  }
  return englishCountryName(code)
}

export function serviceMeaning(indicator: string, language: Language): string | null {
  return serviceIndicatorInfo(indicator)?.name[language] ?? null
}

export function categoryMeaning(code: string, language: Language): string | null {
  return mailCategory(code)?.name[language] ?? null
}

export function mailClassMeaning(code: string, language: Language): string | null {
  return mailClass(code)?.name[language] ?? null
}

export function subclassMeaning(code: string, language: Language): string | null {
  return mailSubclass(code)?.name[language] ?? null
}

/**
 * IMPC office names are proper names, as the operator registered them, in one language. `listed: false`
 * and "listed without a name" are different facts: the first gets a warning from the engine, the second
 * is an office the station knows only by its code.
 */
export function officeName(code: string): { listed: false } | { listed: true; name: string | null } {
  const office = impcOffice(code)
  return office ? { listed: true, name: office.name } : { listed: false }
}
