// What was scanned or typed into the customs field, cut into codes: the valid S10 item ids (each once,
// in order, normalised as the engine keeps them) and the codes that are not one, to be named. Pure.
import { identify } from '../../core/ids'
import { splitCodes } from '../scan/splitCodes'

export interface Scanned {
  items: string[]
  notItems: string[]
}

export function readScanned(text: string): Scanned {
  const items: string[] = []
  const notItems: string[] = []
  for (const code of splitCodes(text)) {
    const id = identify(code)
    if (id.kind === 'item' && id.valid) {
      if (!items.includes(id.normalized)) items.push(id.normalized)
    } else notItems.push(code)
  }
  return { items, notItems }
}
