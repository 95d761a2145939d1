// Dispatch documents printed when an office of exchange closes a dispatch: the CN 31 letter bill placed in the
// dispatch and the delivery bill (CN 37/38/41) for the carrier, as A4 PDFs drawn with pdfkit.
export { DELIVERY_BILLS, deliveryBillForm, deliveryBillInfo, LETTER_BILL } from './forms'
export type { DeliveryBillForm, FormInfo } from './forms'
export { renderDeliveryBill } from './delivery-bill'
export { renderLetterBill } from './letter-bill'
export type { RenderOptions } from './render'
export { toWinAnsi } from './text'
export type * from './types'
