// The delivery bill handed to the carrier with the receptacles: CN 38 for airmail, CN 41 for S.A.L., CN 37 for
// surface mail. It lists receptacles and weights only (never items: a 20 000-item dispatch is still a few lines
// per receptacle), with red-label receptacles counted apart, and has a box for the carrier's signature.
import { deliveryBillInfo } from './forms'
import { type RenderOptions, renderDocument } from './render'
import {
  offices,
  officeLine,
  particulars,
  plannedTransport,
  receptacles,
  receptacleTotals,
  signatures,
} from './sections'
import { CONTENT_WIDTH, LEFT } from './sheet'
import { dispatchTotals } from './totals'
import type { DispatchDocumentData } from './types'

function carriers(data: DispatchDocumentData): string {
  const names = [...new Set(data.transport.map((t) => t.carrier).filter((c) => c.trim() !== ''))]
  return names.length > 0 ? names.join(', ') : 'Carrier'
}

/** The delivery bill (CN 37, CN 38 or CN 41 by mail category) of a closed dispatch, as A4 PDF bytes. */
export function renderDeliveryBill(data: DispatchDocumentData, options: RenderOptions = {}): Promise<Buffer> {
  const form = deliveryBillInfo(data.category)
  return renderDocument(form, data, options, (sheet) => {
    const totals = dispatchTotals(data)
    offices(sheet, data)
    particulars(sheet, data)
    plannedTransport(sheet, data)
    receptacles(sheet, data, totals, 'delivery')
    receptacleTotals(sheet, totals, LEFT, CONTENT_WIDTH / 2 + 40)
    sheet.y += 10
    signatures(sheet, [
      { title: 'Dispatching office of exchange', detail: officeLine(data.origin) },
      { title: 'Taken over by the carrier', detail: carriers(data) },
      { title: 'Office of exchange of destination', detail: officeLine(data.destination) },
    ])
  })
}
