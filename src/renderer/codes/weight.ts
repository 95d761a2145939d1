// Weights as S9 states them and scales show them: kilograms to 0.1 kg, in the person's number format.
import type { Language } from '../i18n/languages'

export function formatWeight(kg: number, language: Language): string {
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'kilogram',
    unitDisplay: 'short',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(kg)
}
