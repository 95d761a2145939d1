// An item's electronic advance data (ITMATT) as the officer reads it: its EAD status in words, colour
// and icon (IPS statuses, UPU.md 5.2), and each party's address as it would be written on the item.
// Pure, so every status is unit-tested.
import type { AdvanceItemView } from '../../api/advance'
import type { Look } from '../labels/printerStatus'

export type EadStatus = AdvanceItemView['status']
type Party = AdvanceItemView['sender']

export function eadLook(status: EadStatus): Look {
  switch (status) {
    case 'complete':
    case 'assessment_complete':
      return { tone: 'ready', icon: 'tick' }
    // Customs asks something before the item may go: a person must answer.
    case 'rfi':
    case 'rfs':
      return { tone: 'attention', icon: 'question' }
    case 'incomplete':
      return { tone: 'attention', icon: 'triangle' }
    case 'error':
    case 'dnl':
      return { tone: 'fault', icon: 'cross' }
  }
}

/** The lines of an address, top to bottom: name, street lines, "postcode city", country code. */
export function addressLines(party: Party): string[] {
  const place = [party.postcode, party.city].filter((part): part is string => !!part).join(' ')
  return [party.name, ...party.addressLines, place, party.country].filter(
    (line): line is string => line !== null && line.trim() !== '',
  )
}

/** Whether the data names the party at all: a blank sender is a finding, not an empty box. */
export function hasParty(party: Party): boolean {
  return addressLines(party).length > 0 || !!party.phone || !!party.email || !!party.taxId
}

/** The sum of the content lines' values when they share one currency, to set beside the declared total. */
export function linesTotal(
  item: Pick<AdvanceItemView, 'lines'>,
): { amount: number; currency: string | null } | null {
  const valued = item.lines.filter((line) => line.value !== null)
  if (valued.length === 0) return null
  const currencies = new Set(valued.map((line) => line.currency))
  if (currencies.size > 1) return null
  const amount = valued.reduce((sum, line) => sum + (line.value ?? 0), 0)
  return { amount: Math.round(amount * 100) / 100, currency: [...currencies][0] ?? null }
}
