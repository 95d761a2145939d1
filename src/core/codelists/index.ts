import countriesJson from './data/countries.json'
import impcJson from './data/impc.json'
import mailCategoriesJson from './data/mail-categories.json'
import mailClassesJson from './data/mail-classes.json'
import mailSubclassesJson from './data/mail-subclasses.json'
import serviceIndicatorsJson from './data/service-indicators.json'
import type {
  CodeList,
  Country,
  ImpcOffice,
  MailCategory,
  MailClass,
  MailSubclass,
  ServiceIndicatorInfo,
  ServiceIndicatorRange,
  ServiceIndicatorStatus,
} from './types'

export type * from './types'

const STATUSES: readonly string[] = ['assigned', 'reserved', 'unassigned', 'not_assignable']

// The data files are meant to be edited by hand; a typo in a status must fail loudly at start-up, not
// silently turn an indicator into "unknown".
function asStatus(status: string, range: string): ServiceIndicatorStatus {
  if (!STATUSES.includes(status)) {
    throw new Error(`service-indicators.json: range ${range} has unknown status "${status}"`)
  }
  return status as ServiceIndicatorStatus
}

export const serviceIndicatorList: CodeList<ServiceIndicatorRange> = {
  ...serviceIndicatorsJson,
  entries: serviceIndicatorsJson.entries.map((e) => ({
    ...e,
    status: asStatus(e.status, `${e.from}–${e.to}`),
  })),
}
export const countryList: CodeList<Country> = countriesJson
export const mailCategoryList: CodeList<MailCategory> = mailCategoriesJson
export const mailClassList: CodeList<MailClass> = mailClassesJson
export const mailSubclassList: CodeList<MailSubclass> = mailSubclassesJson
export const impcList: CodeList<ImpcOffice> = impcJson

function byCode<E extends { code: string }>(list: CodeList<E>): ReadonlyMap<string, E> {
  return new Map(list.entries.map((e) => [e.code, e]))
}

const countries = byCode(countryList)
const mailCategories = byCode(mailCategoryList)
const mailClasses = byCode(mailClassList)
const mailSubclasses = byCode(mailSubclassList)
const impcOffices = byCode(impcList)

/** What the UPU says about a two-letter S10 service indicator; undefined unless `si` is two letters A–Z. */
export function serviceIndicatorInfo(si: string): ServiceIndicatorInfo | undefined {
  if (!/^[A-Z]{2}$/.test(si)) return undefined
  const range = serviceIndicatorList.entries.find((r) => r.from <= si && si <= r.to)
  if (!range) return undefined
  return range.mailClass === undefined
    ? { status: range.status, name: range.name }
    : { status: range.status, mailClass: range.mailClass, name: range.name }
}

/** True for the 249 officially assigned ISO 3166-1 alpha-2 codes. */
export function isCountry(code: string): boolean {
  return countries.has(code)
}

export function countryName(code: string): string | null {
  return countries.get(code)?.name ?? null
}

export function mailCategory(code: string): MailCategory | undefined {
  return mailCategories.get(code)
}

export function mailClass(code: string): MailClass | undefined {
  return mailClasses.get(code)
}

export function mailSubclass(code: string): MailSubclass | undefined {
  return mailSubclasses.get(code)
}

export function impcOffice(code: string): ImpcOffice | undefined {
  return impcOffices.get(code)
}

/** Which list, which version, from where, how many entries: for "about" screens and support reports. */
export function codeListSummaries(): { list: string; version: string; source: string; entries: number }[] {
  return [serviceIndicatorList, countryList, mailCategoryList, mailClassList, mailSubclassList, impcList].map(
    (l) => ({ list: l.list, version: l.version, source: l.source, entries: l.entries.length }),
  )
}
