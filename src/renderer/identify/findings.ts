// Engine findings (errors and warnings) in the person's language. The engine sends a code, parameters
// and an English sentence; a finding we cannot fully translate (a new code, a parameter missing or of
// a new kind) is shown with the engine's English sentence rather than with a wrong or half-filled one.
import type { Finding, IdKind } from '../../core/ids/types'
import type { MessageKey } from '../i18n/en'
import type { Params, Translate } from '../i18n/languages'

type Translation = { key: MessageKey; params: Params } | null
type Rule = (params: Params, kind: IdKind, t: Translate) => Translation

function has(params: Params, ...names: string[]): boolean {
  return names.every((name) => params[name] !== undefined)
}

/** The field names the engine's identifier layouts use, as noun phrases in each language. */
const PARTS: Record<string, MessageKey> = {
  'service indicator': 'part.serviceIndicator',
  'serial number': 'part.serialNumber',
  'check digit': 'part.checkDigit',
  'country code': 'part.countryCode',
  'location code': 'part.locationCode',
  'office letter': 'part.officeLetter',
  'origin office': 'part.originOffice',
  'destination office': 'part.destinationOffice',
  'mail category': 'part.mailCategory',
  'mail subclass': 'part.mailSubclass',
  'dispatch year': 'part.dispatchYear',
  'dispatch number': 'part.dispatchNumber',
  'receptacle number': 'part.receptacleNumber',
  'highest-receptacle indicator': 'part.highestIndicator',
  'registered/insured indicator': 'part.registeredIndicator',
  weight: 'part.weight',
}

const CHAR_CLASSES: Record<string, MessageKey> = {
  letter: 'charClass.letter',
  digit: 'charClass.digit',
  alnum: 'charClass.alnum',
}

/** A character as a person can find it on a label: itself if printable, else its code point. */
export function showChar(ch: string): string {
  const cp = ch.codePointAt(0)
  if (cp === undefined) return '?'
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
  if (cp > 0x20 && cp < 0x7f) return `"${ch}"`
  // Invisible and look-alike characters (a tab, a no-break space, a Cyrillic A) only make sense by number.
  return cp > 0x7f && !/\p{C}|\p{Z}/u.test(ch) ? `"${ch}" (${hex})` : hex
}

const ROLE_VARIANTS = new Set(['origin', 'destination'])

const RULES: Record<string, Rule> = {
  empty: (p) =>
    has(p, 'symbology')
      ? { key: 'finding.empty.symbology', params: p }
      : { key: 'finding.empty', params: {} },
  length: (p, kind) => (has(p, 'length') ? { key: `finding.length.${kind}`, params: p } : null),
  unrecognized: (p) => (has(p, 'length') ? { key: 'finding.unrecognized', params: p } : null),
  characters: (p, _kind, t): Translation => {
    if (!has(p, 'char', 'position')) return null
    // Without a field, the character is foreign to every identifier (a Code 39 `*`, a stray `/`).
    if (!has(p, 'field') && !has(p, 'expected')) {
      return {
        key: 'finding.characters.any',
        params: { char: showChar(String(p.char)), position: p.position as number },
      }
    }
    const part = PARTS[String(p.field)]
    const charClass = CHAR_CLASSES[String(p.expected)]
    if (!part || !charClass) return null
    return {
      key: 'finding.characters',
      params: {
        char: showChar(String(p.char)),
        position: p.position as number,
        field: t(part),
        expected: t(charClass),
      },
    }
  },
  check_digit: (p) =>
    has(p, 'checkDigit', 'expected', 'serial') ? { key: 'finding.check_digit', params: p } : null,
  unknown_category: (p) => (has(p, 'category') ? { key: 'finding.unknown_category', params: p } : null),
  receptacle_serial_zero: () => ({ key: 'finding.receptacle_serial_zero', params: {} }),
  dispatch_number_zero: () => ({ key: 'finding.dispatch_number_zero', params: {} }),
  indicator: (p) => {
    if (!has(p, 'value') || (p.indicator !== 'highest' && p.indicator !== 'registered')) return null
    return { key: `finding.indicator.${p.indicator}`, params: p }
  },
  service_reserved: (p) =>
    has(p, 'serviceIndicator') ? { key: 'finding.service_reserved', params: p } : null,
  service_unassigned: (p) =>
    has(p, 'serviceIndicator') ? { key: 'finding.service_unassigned', params: p } : null,
  service_not_assignable: (p) =>
    has(p, 'serviceIndicator') ? { key: 'finding.service_not_assignable', params: p } : null,
  unknown_country: (p) => {
    if (!has(p, 'country')) return null
    if (!has(p, 'office')) return { key: 'finding.unknown_country', params: p }
    if (p.role === undefined) return { key: 'finding.unknown_country.office', params: p }
    return ROLE_VARIANTS.has(String(p.role))
      ? {
          key: p.role === 'origin' ? 'finding.unknown_country.origin' : 'finding.unknown_country.destination',
          params: p,
        }
      : null
  },
  unknown_office: (p) => {
    if (!has(p, 'office')) return null
    if (p.role === undefined) return { key: 'finding.unknown_office', params: p }
    return ROLE_VARIANTS.has(String(p.role))
      ? {
          key: p.role === 'origin' ? 'finding.unknown_office.origin' : 'finding.unknown_office.destination',
          params: p,
        }
      : null
  },
  unknown_subclass: (p) => (has(p, 'subclass') ? { key: 'finding.unknown_subclass', params: p } : null),
  same_office: (p) => (has(p, 'office') ? { key: 'finding.same_office', params: p } : null),
  weight_unknown_heavy: () => ({ key: 'finding.weight_unknown_heavy', params: {} }),
  weight_zero: () => ({ key: 'finding.weight_zero', params: {} }),
}

export function translateFinding(finding: Finding, kind: IdKind, t: Translate): string {
  const rule = Object.prototype.hasOwnProperty.call(RULES, finding.code) ? RULES[finding.code] : undefined
  const translation = rule?.(finding.params ?? {}, kind, t) ?? null
  return translation ? t(translation.key, translation.params) : finding.message
}
