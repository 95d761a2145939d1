// "1 item", "2 items": the plural category comes from the language's own rules (French says 0 envoi).
import type { Language, Translate } from '../i18n/languages'

export function itemCount(count: number, language: Language, t: Translate): string {
  const one = new Intl.PluralRules(language).select(count) === 'one'
  return t(one ? 'bagging.items.one' : 'bagging.items.other', { count })
}
