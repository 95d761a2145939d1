// Which paper form goes with a dispatch, kept as data so a correction from the UPU Letter Post Regulations is a
// one-line change. Titles are the English ones of the reference (shared/reference/UPU.md §6); the exact UPU
// layout is not public here, so only numbers and titles are claimed, not the look of the forms.

export type DeliveryBillForm = 'CN 38' | 'CN 41' | 'CN 37'

export interface FormInfo {
  form: string
  title: string
  /** One line on what the paper is for, printed under the title. */
  purpose: string
  /** false where the reference does not settle the form; the document then says so. */
  confirmed: boolean
  note?: string
}

export const LETTER_BILL: FormInfo = {
  form: 'CN 31',
  title: 'Letter bill — Exchange of mails',
  purpose: 'Placed in the dispatch for the office of exchange of destination',
  confirmed: true,
}

const HANDOVER = 'Handed over to the carrier with the receptacles of the dispatch'

export const DELIVERY_BILLS: Readonly<Record<string, FormInfo & { form: DeliveryBillForm }>> = {
  A: { form: 'CN 38', title: 'Delivery bill — Airmails', purpose: HANDOVER, confirmed: true },
  B: { form: 'CN 41', title: 'Delivery bill — S.A.L. mails', purpose: HANDOVER, confirmed: true },
  C: { form: 'CN 37', title: 'Delivery bill — Surface mails', purpose: HANDOVER, confirmed: true },
  // UNCONFIRMED: the reference names CN 37 or CN 47 for priority mail by surface; iCargo uses CN 37.
  D: {
    form: 'CN 37',
    title: 'Delivery bill — Surface mails',
    purpose: HANDOVER,
    confirmed: false,
    note: 'Form for category D UNCONFIRMED (CN 37 or CN 47)',
  },
}

/** The delivery bill form and title for a mail category; throws on a category outside A–D (a bug upstream). */
export function deliveryBillInfo(category: string): FormInfo & { form: DeliveryBillForm } {
  const info = DELIVERY_BILLS[category]
  if (!info) throw new RangeError(`No delivery bill for mail category ${JSON.stringify(category)} (A–D)`)
  return info
}

/** CN 38 for airmail (A), CN 41 for S.A.L. (B), CN 37 for surface (C, and D UNCONFIRMED). */
export function deliveryBillForm(category: string): DeliveryBillForm {
  return deliveryBillInfo(category).form
}
