// Why this file exists: one registry of the UPU message mappings, so the importer decodes any message by
// its UNH type and the exporter encodes any record by its type, and screens can list what is supported.
import type { RecordsByType, UpuMessageType } from '../records'
import type { EdiMessage, MessageMapping } from '../types'
import { EMSEVT_EVENT_LIST, RECEPTACLE_CONDITION_LIST, RESDIT_EVENT_LIST } from './codes'
import { carditMapping, preconMapping } from './consignment'
import { CUSTOMS_INDICATOR_LIST, REFERRAL_RESPONSE_LIST, REFERRAL_TYPE_LIST } from './customs'
import { cusitmMapping } from './cusitm'
import { cusrspMapping } from './cusrsp'
import type { DocCodeList } from './docs'
import { emsevtMapping } from './emsevt'
import { EdiMappingError } from '../syntax'
import { itmrefMapping } from './itmref'
import { predesMapping } from './predes'
import { refrspMapping } from './refrsp'
import { resconMapping } from './rescon'
import { resdesMapping } from './resdes'
import { resditMapping } from './resdit'

export { EdiMappingError } from '../syntax'
export * from './codes'
export {
  CUSTOMS_INDICATOR_LIST,
  customsIndicator,
  REFERRAL_RESPONSE_CODES,
  REFERRAL_RESPONSE_LIST,
  referralResponse,
  REFERRAL_TYPE_LIST,
  type ReferralResponseCode,
} from './customs'
export { renderMappingDoc, segmentText, type DocCodeList, type MappingInfo } from './docs'
export { DTM_FORMAT } from './time'
export type { MessageRow, RowMatch } from './table'
export {
  carditMapping,
  cusitmMapping,
  cusrspMapping,
  emsevtMapping,
  itmrefMapping,
  preconMapping,
  predesMapping,
  resconMapping,
  resdesMapping,
  resditMapping,
  refrspMapping,
}

export const MESSAGE_MAPPINGS: { readonly [K in UpuMessageType]: MessageMapping<RecordsByType[K]> } = {
  PREDES: predesMapping,
  RESDES: resdesMapping,
  CARDIT: carditMapping,
  PRECON: preconMapping,
  RESCON: resconMapping,
  RESDIT: resditMapping,
  EMSEVT: emsevtMapping,
  CUSITM: cusitmMapping,
  CUSRSP: cusrspMapping,
  ITMREF: itmrefMapping,
  REFRSP: refrspMapping,
}

/** The code lists each message's values come from, for its documentation page and for screens. */
export const MESSAGE_CODE_LISTS: { readonly [K in UpuMessageType]: readonly DocCodeList[] } = {
  PREDES: [],
  RESDES: [conditionDocList()],
  CARDIT: [],
  PRECON: [],
  RESCON: [conditionDocList()],
  RESDIT: [RESDIT_EVENT_LIST],
  EMSEVT: [EMSEVT_EVENT_LIST],
  CUSITM: [],
  CUSRSP: [docList(CUSTOMS_INDICATOR_LIST.entries, CUSTOMS_INDICATOR_LIST)],
  ITMREF: [docList(REFERRAL_TYPE_LIST.entries, REFERRAL_TYPE_LIST)],
  REFRSP: [docList(REFERRAL_RESPONSE_LIST.entries, REFERRAL_RESPONSE_LIST)],
}

function docList(
  entries: ReadonlyArray<{ code: string; meaning: string; confirmed: boolean }>,
  l: { list: string; source: string; version: string },
): DocCodeList {
  return {
    list: l.list,
    source: l.source,
    version: l.version,
    entries: entries.map((e) => ({ code: e.code, meaning: e.meaning, confirmed: e.confirmed })),
  }
}

function conditionDocList(): DocCodeList {
  const { entries, ...rest } = RECEPTACLE_CONDITION_LIST
  return { ...rest, entries: entries.map((e) => ({ ...e, meaning: `${e.condition}: ${e.meaning}` })) }
}

export const UPU_MESSAGE_TYPES = Object.keys(MESSAGE_MAPPINGS) as readonly UpuMessageType[]

export function isUpuMessageType(type: string): type is UpuMessageType {
  return Object.hasOwn(MESSAGE_MAPPINGS, type)
}

export type DecodedMessage = { [K in UpuMessageType]: { type: K; record: RecordsByType[K] } }[UpuMessageType]

/** Decodes a message by its UNH type; throws EdiMappingError (naming UNH 2) on a type with no mapping. */
export function decodeMessage(message: EdiMessage): DecodedMessage {
  const type = message.header.type
  if (!isUpuMessageType(type)) {
    throw new EdiMappingError(
      { tag: 'UNH', elements: [], position: message.position },
      2,
      1,
      `Message type "${type}" has no mapping: the station reads ${UPU_MESSAGE_TYPES.join(', ')}.`,
    )
  }
  return { type, record: MESSAGE_MAPPINGS[type].decode(message) } as DecodedMessage
}

/** A record as a message (UNH identifiers from the mapping), ready for the syntax layer to write. */
export function encodeMessage<K extends UpuMessageType>(
  type: K,
  record: RecordsByType[K],
  ref = '1',
): EdiMessage {
  const mapping: MessageMapping<RecordsByType[K]> = MESSAGE_MAPPINGS[type]
  return {
    header: {
      ref,
      type: mapping.type,
      version: mapping.version,
      release: mapping.release,
      agency: mapping.agency,
      association: null,
    },
    segments: mapping.encode(record),
  }
}
