// The S9 receptacle (bag) label: what the next office of exchange reads, by scanner and by eye, to route, check
// and weigh a bag without opening it.
import { impcOffice, mailCategory, mailSubclass } from '../codelists'
import { parseReceptacleId, type ReceptacleFields } from '../ids'
import { LabelCanvas, LINE_PITCH } from './canvas'
import { formatKg, groupS9 } from './readable'
import { dpmmFor, LABEL_SIZE_MM } from './resolution'
import type { LabelOptions, LabelZpl, PlannedTransport, ReceptacleLabelData } from './types'

/**
 * Bag-label form by mail category (Letter Post Regulations: CN 35 airmail, CN 36 S.A.L., CN 34 surface).
 * Category D (priority by surface) is not settled in our sources, so no form number is printed for it.
 */
export const RECEPTACLE_LABEL_FORMS: Readonly<Record<string, string>> = { A: 'CN 35', B: 'CN 36', C: 'CN 34' }

const MARGIN = 4
const WIDTH = LABEL_SIZE_MM.widthMm - 2 * MARGIN
const MAX_LOGO_HEIGHT_MM = 20
const CAPTION = 2.5
const REGISTERED_BOX = 24

/** The S9's fields; throws when the identifier is not a valid S9 or the weight disagrees with it. */
function readReceptacle(data: ReceptacleLabelData): ReceptacleFields {
  const reading = parseReceptacleId(data.receptacleId)
  if (reading.errors.length > 0) {
    const reasons = reading.errors.map((e) => e.message).join(' ')
    throw new Error(
      `Cannot print a receptacle label: ${JSON.stringify(data.receptacleId)} is not a valid S9 receptacle identifier. ${reasons}`,
    )
  }
  const fields = reading.fields as ReceptacleFields
  if (!Number.isFinite(data.weightKg) || data.weightKg < 0) {
    throw new Error(`Cannot print a receptacle label: weight ${data.weightKg} kg is not a weight`)
  }
  // Rounded as buildReceptacleId rounds, so a weight that built the identifier always matches it.
  const tenths = Math.min(Math.round(data.weightKg * 10), 9999)
  const field = data.receptacleId.slice(25, 29)
  if (tenths !== Number(field)) {
    throw new Error(
      `Cannot print a receptacle label: the weight ${data.weightKg} kg does not match the weight field ${field} ` +
        `(${fields.weightKg.toFixed(1)} kg) of receptacle ${data.receptacleId}; weigh and close it again.`,
    )
  }
  return fields
}

/** Caption, large code, office name; returns the y below it. */
function office(
  canvas: LabelCanvas,
  y: number,
  caption: string,
  code: string,
  name: string,
  size: number,
): number {
  canvas.text(caption, MARGIN, y, CAPTION)
  canvas.text(code, MARGIN, y + 3.5, size)
  const nameHeight = size >= 10 ? 5 : 4
  const nameY = y + 3.5 + size * 1.1
  const lines = canvas.paragraph(name, MARGIN, nameY, nameHeight, WIDTH - REGISTERED_BOX, 2)
  return nameY + lines * nameHeight * LINE_PITCH + 1
}

/** Caption, code, name from the code list; returns the y below it. */
function codeRow(canvas: LabelCanvas, y: number, caption: string, code: string, name: string): number {
  canvas.text(caption, MARGIN, y, CAPTION)
  canvas.text(code, MARGIN, y + 3.5, 6)
  const lines = name === '' ? 1 : canvas.paragraph(name, MARGIN + 14, y + 4.5, 3.5, WIDTH - 14, 2)
  return y + 3.5 + Math.max(7, 1 + lines * 3.5 * LINE_PITCH) + 1
}

function transport(canvas: LabelCanvas, y: number, planned: PlannedTransport): number {
  canvas.text('PLANNED TRANSPORT', MARGIN, y, CAPTION)
  canvas.text(planned.transportNumber, MARGIN, y + 3.5, 6)
  canvas.text(planned.departureDate, MARGIN + 50, y + 4.5, 4.5)
  const lines = canvas.paragraph(planned.carrier, MARGIN, y + 11, 3.5, WIDTH, 2)
  return y + 11 + lines * 3.5 * LINE_PITCH + 1
}

/**
 * The S9 receptacle label: origin and destination offices of exchange, mail category and subclass, dispatch and
 * receptacle numbers ("LAST" on the highest-numbered receptacle), gross weight, a large "R" when the bag holds
 * registered or insured items, the planned transport, and the S9 in Code 128 with its grouped text.
 * Throws an Error when the identifier is not a valid S9 or its weight field does not match `weightKg`.
 */
export function receptacleLabel(data: ReceptacleLabelData, options: LabelOptions): LabelZpl {
  const s9 = readReceptacle(data)
  const language = data.language ?? 'en'
  const canvas = new LabelCanvas(dpmmFor(options.dpi), options.rasterise)
  let y = MARGIN
  if (options.logo) y += canvas.logo(options.logo, MARGIN, y, MAX_LOGO_HEIGHT_MM).heightMm + 2

  const form = RECEPTACLE_LABEL_FORMS[s9.category]
  if (form) canvas.text(form, MARGIN, y, 3.5)
  if (s9.registered === true) {
    const boxX = LABEL_SIZE_MM.widthMm - MARGIN - REGISTERED_BOX
    canvas.box(boxX, y, REGISTERED_BOX, REGISTERED_BOX, 1.2)
    canvas.text('R', boxX + 6, y + 2.5, 20)
  }
  y += 5.5
  const originName = data.originName ?? impcOffice(s9.origin)?.name ?? ''
  const destinationName = data.destinationName ?? impcOffice(s9.destination)?.name ?? ''
  y = office(canvas, y, 'FROM: ORIGIN OFFICE OF EXCHANGE', s9.origin, originName, 7)
  y = office(canvas, y, 'TO: DESTINATION OFFICE OF EXCHANGE', s9.destination, destinationName, 14)
  canvas.rule(MARGIN, y, WIDTH)
  y += 1.5

  y = codeRow(canvas, y, 'CATEGORY', s9.category, mailCategory(s9.category)?.name[language] ?? '')
  y = codeRow(canvas, y, 'SUBCLASS', s9.subclass, mailSubclass(s9.subclass)?.name[language] ?? '')
  canvas.rule(MARGIN, y, WIDTH)
  y += 1.5

  canvas.text(`DISPATCH (YEAR ${s9.year})`, MARGIN, y, CAPTION)
  canvas.text(String(s9.dispatchNumber).padStart(4, '0'), MARGIN, y + 3.5, 8)
  canvas.text('RECEPTACLE', MARGIN + 33, y, CAPTION)
  canvas.text(String(s9.receptacleSerial).padStart(3, '0'), MARGIN + 33, y + 3.5, 8)
  if (s9.highest === true) canvas.text('LAST', MARGIN + 49, y + 5.5, 5)
  canvas.text('GROSS WEIGHT', MARGIN + 66, y, CAPTION)
  canvas.text(formatKg(Math.round(data.weightKg * 10) / 10, 1), MARGIN + 66, y + 4.5, 6)
  y += 13
  canvas.rule(MARGIN, y, WIDTH)
  y += 1.5

  if (data.transport) {
    y = transport(canvas, y, data.transport)
    canvas.rule(MARGIN, y, WIDTH)
    y += 1.5
  }

  y += 3
  const bars = canvas.code128(data.receptacleId, y)
  y += bars.heightMm + 1.5
  canvas.text(groupS9(data.receptacleId), bars.xMm, y, 4)
  canvas.assertFits(y + 4 + MARGIN, 'The receptacle label')
  return canvas.finish(data.receptacleId)
}
