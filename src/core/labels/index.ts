// Pure ZPL builders for the station's labels: data in, ZPL string out, no printer and no I/O. Every text is
// escaped after ^FH so that no name or address can inject printer commands.
export { MAX_ADDRESS_LINES } from './address'
export { MIN_BAR_HEIGHT_MM } from './canvas'
export { FONT0_PRINTABLE_RANGES, needsRaster } from './charset'
export { CODE128_QUIET_ZONE_MODULES, code128Symbol, type Code128Symbol } from './code128'
export { CN23_MAX_CONTENT_LINES, cn23Label } from './cn23'
export {
  CN22_MAX_CONTENT_LINES,
  cn22Block,
  CUSTOMS_FORM_RULE,
  customsFormFor,
  type CustomsForm,
} from './customs'
export { CUSTOMS_CATEGORY_NAMES } from './declaration'
export { escapeFieldData } from './escape'
export { itemLabel } from './item'
export { groupS10, groupS9 } from './readable'
export { RECEPTACLE_LABEL_FORMS, receptacleLabel } from './receptacle'
export { dpmmFor, LABEL_SIZE_MM, type Dpi, type Dpmm } from './resolution'
export type * from './types'
