// Sender and addressee blocks, drawn the same way on the item label and the CN 23: name, street lines, postcode
// and city, the country in capitals (UPU addressing practice) and a phone number for the delivering courier.
import { type LabelCanvas, LINE_PITCH } from './canvas'
import { countryLine } from './readable'
import type { BlockPlacement, PostalAddress } from './types'

/** Street lines an address may have besides name, city line and country; the blocks are sized for this. */
export const MAX_ADDRESS_LINES = 3

export interface AddressSizes {
  /** Text height of the name, in millimetres. */
  name: number
  /** Text height of the street lines and phone. */
  line: number
  /** Text height of the city line and country. */
  city: number
}

/** Throws when an address has more street lines than the label has room for. */
export function assertAddress(address: PostalAddress, role: string): void {
  if (address.lines.length > MAX_ADDRESS_LINES) {
    throw new RangeError(
      `The ${role} address has ${address.lines.length} street lines; a label has room for ${MAX_ADDRESS_LINES}`,
    )
  }
}

/** Draws the address from `at`; returns the y below it. */
export function drawAddress(
  canvas: LabelCanvas,
  address: PostalAddress,
  at: BlockPlacement,
  sizes: AddressSizes,
): number {
  let y = at.yMm
  const line = (text: string, height: number): void => {
    canvas.text(text, at.xMm, y, height)
    y += height * LINE_PITCH
  }
  line(address.name, sizes.name)
  for (const street of address.lines) line(street, sizes.line)
  line(address.postcode ? `${address.postcode} ${address.city}` : address.city, sizes.city)
  line(countryLine(address.country), sizes.city)
  if (address.phone) line(`Tel. ${address.phone}`, sizes.line)
  return y
}
