// Electronic advance data: the ITMATT item as the station reads it, the data-quality rules and the
// per-destination EAD rules, kept as data (./data, documented in docs/itmatt.md).
export * from './types'
export { assess, FINDING_KINDS, reasonWords } from './assess'
export { ItemBuilder } from './build'
export { CATEGORY_WORDS, categoryOf } from './categories'
export {
  csvColumn,
  groupOf,
  isItemElement,
  itmattNames,
  normalizeName,
  xmlField,
  xmlName,
  type XmlName,
  type FieldRef,
  type PartyRole,
  type XmlGroup,
} from './names'
export { DESTINATION_RULES, isVague, ruleFor, VAGUE_DESCRIPTIONS } from './rules'
