// The UN/EDIFACT syntax layer: text ⇄ Interchange (UNA, UNB…UNZ, UNH…UNT, release characters, counts),
// and the helpers message mappings use to read elements and report faults with their location.
export { parseInterchange, type ParseOptions, type ParseResult } from './parse'
export { encodeInterchange, encodeSegment, escapeData, type EncodeOptions } from './encode'
export { element, elementCount } from './element'
export { EdiMappingError, issueFromError } from './mapping-error'
export { describeIssue, describeLocation, MAX_ISSUES } from './issues'
export { DEFAULT_SERVICE, LEVEL_B_SERVICE } from './service'
export { SYNTAX_IDS } from './charset'
export { MAX_SEGMENT_LENGTH } from './tokenize'
