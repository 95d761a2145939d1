// The office-of-exchange states share one vocabulary of colour and shape: green for done (a tick; an
// arrow for "sent"), blue for on its way (an hourglass), red for refused (a cross). Words always go with
// them; CSS `xtone-*` gives the colour.
import type { DispatchSummary } from '../../api/exchange'

export type ExchangeTone = 'good' | 'working' | 'fault'
export type ExchangeIcon = 'tick' | 'hourglass' | 'cross' | 'sent'

export interface Look {
  tone: ExchangeTone
  icon: ExchangeIcon
}

export function dispatchLook(state: DispatchSummary['state']): Look {
  return state === 'open' ? { tone: 'working', icon: 'hourglass' } : { tone: 'good', icon: 'tick' }
}
