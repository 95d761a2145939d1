// The fields of an identification as labelled rows in the person's language: the code as printed on
// the label (so it can be compared) next to what it means.
import type {
  DispatchFields,
  Identification,
  ItemFields,
  OfficeFields,
  ReceptacleFields,
} from '../../core/ids/types'
import type { Language, Translate } from '../i18n/languages'
import {
  categoryMeaning,
  countryName,
  mailClassMeaning,
  officeName,
  serviceMeaning,
  subclassMeaning,
} from '../codes/names'
import { formatWeight } from '../codes/weight'

export interface FieldRow {
  label: string
  /** The code as printed, shown in a fixed-width face; null when the value is only words. */
  code: string | null
  /** The meaning in words; null when the code says it all. */
  text: string | null
}

/** The heaviest weight S9 can state; the code 9999 only says "heavier than this". */
const HEAVIEST_STATED_KG = 999.8

function yesNo(value: boolean | null, t: Translate): string {
  return value === null ? t('value.notGiven') : value ? t('value.yes') : t('value.no')
}

function itemRows(f: ItemFields, language: Language, t: Translate): FieldRow[] {
  return [
    {
      label: t('field.service'),
      code: f.serviceIndicator,
      text: serviceMeaning(f.serviceIndicator, language) ?? t('value.noMeaning'),
    },
    { label: t('field.serial'), code: f.serial, text: null },
    { label: t('field.checkDigit'), code: String(f.checkDigit), text: null },
    { label: t('field.country'), code: f.country, text: countryName(f.country, language) },
  ]
}

function officeText(code: string, t: Translate): string {
  const office = officeName(code)
  if (!office.listed) return t('value.notInList')
  return office.name ?? t('value.nameUnknown')
}

function dispatchRows(f: DispatchFields, language: Language, t: Translate): FieldRow[] {
  const office = (code: string): string => officeText(code, t)
  return [
    { label: t('field.origin'), code: f.origin, text: office(f.origin) },
    { label: t('field.destination'), code: f.destination, text: office(f.destination) },
    { label: t('field.category'), code: f.category, text: categoryMeaning(f.category, language) },
    {
      label: t('field.subclass'),
      code: f.subclass,
      text: subclassMeaning(f.subclass, language) ?? t('value.noMeaning'),
    },
    { label: t('field.mailClass'), code: f.mailClass, text: mailClassMeaning(f.mailClass, language) },
    { label: t('field.year'), code: String(f.year), text: null },
    { label: t('field.dispatchNumber'), code: String(f.dispatchNumber), text: null },
  ]
}

function receptacleRows(f: ReceptacleFields, heavy: boolean, language: Language, t: Translate): FieldRow[] {
  return [
    ...dispatchRows(f, language, t),
    { label: t('field.receptacleSerial'), code: String(f.receptacleSerial), text: null },
    { label: t('field.highest'), code: null, text: yesNo(f.highest, t) },
    { label: t('field.registered'), code: null, text: yesNo(f.registered, t) },
    {
      label: t('field.weight'),
      code: null,
      text: heavy
        ? t('value.weightOver', { weight: formatWeight(HEAVIEST_STATED_KG, language) })
        : formatWeight(f.weightKg, language),
    },
  ]
}

function officeRows(code: string, f: OfficeFields, language: Language, t: Translate): FieldRow[] {
  return [
    { label: t('field.country'), code: f.country, text: countryName(f.country, language) },
    { label: t('field.location'), code: f.location, text: null },
    { label: t('field.officeName'), code: null, text: f.name ?? officeText(code, t) },
  ]
}

/**
 * Rows only when the engine read the fields: an identifier with the wrong length or characters comes
 * back with no fields, and inventing them from a broken code would mislead.
 */
export function describeFields(result: Identification, language: Language, t: Translate): FieldRow[] {
  if (Object.keys(result.fields).length === 0) return []
  switch (result.kind) {
    case 'item':
      return itemRows(result.fields as ItemFields, language, t)
    case 'dispatch':
      return dispatchRows(result.fields as DispatchFields, language, t)
    case 'receptacle': {
      const heavy = result.warnings.some((w) => w.code === 'weight_unknown_heavy')
      return receptacleRows(result.fields as ReceptacleFields, heavy, language, t)
    }
    case 'office':
      return officeRows(result.normalized, result.fields as OfficeFields, language, t)
    case 'unknown':
      return []
  }
}
