// What a person types into the open and close dialogs, read strictly: a weight the engine would refuse
// or misread is caught here, with the reason in words, before anything is sent.
import { mailSubclassList } from '../../core/codelists'

/** The heaviest weight S9's four digits can state, in kg. */
export const MAX_KG = 999.8

/** Kilograms as typed, with a decimal point or comma (French and Spanish scales print a comma). */
export function parseKg(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (!/^\d{1,3}(\.\d{1,3})?$/.test(trimmed)) return null
  const kg = Number(trimmed)
  return kg > 0 && kg <= MAX_KG ? kg : null
}

export const CATEGORIES = ['A', 'B', 'C', 'D'] as const

/** The subclasses a receptacle can be opened for: the code list, letter post first (the commonest). */
export function subclassChoices(): string[] {
  const order = (code: string): number => ['U', 'C', 'E'].indexOf(code.charAt(0)) + 1 || 9
  return mailSubclassList.entries
    .map((entry) => entry.code)
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
}
