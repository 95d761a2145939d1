// One realistic record per message type: a letter-post dispatch from Paris-CDG to London Heathrow, the
// consignment it travels in, and the events around it. Used for the documentation examples and as the
// starting point of the hostile cases, which each break one thing.
import type {
  ConsignmentRecord,
  CusitmRecord,
  CusrspRecord,
  ItmrefRecord,
  RefrspRecord,
  EmsevtRecord,
  PredesRecord,
  RecordsByType,
  ResconRecord,
  ResdesRecord,
  ResditRecord,
} from '../../../../src/core/edi/records'
import { buildReceptacleId, formatS10 } from '../../../../src/core/ids'

const parts = {
  origin: 'FRCDGA',
  destination: 'GBLHRA',
  category: 'A',
  subclass: 'UN',
  year: 6,
  dispatchNumber: 123,
} as const

export const DISPATCH = 'FRCDGAGBLHRAAUN60123'
export const R1 = buildReceptacleId({
  ...parts,
  receptacleSerial: 1,
  highest: false,
  registered: true,
  weightKg: 12.5,
})
export const R2 = buildReceptacleId({
  ...parts,
  receptacleSerial: 2,
  highest: true,
  registered: false,
  weightKg: 8.7,
})
export const ITEM1 = formatS10('RR', '12345678', 'FR')
export const ITEM2 = formatS10('RR', '12345679', 'FR')
export const ITEM3 = formatS10('CP', '00000001', 'FR')

const leg = {
  carrier: 'AF',
  number: 'AF1080',
  from: 'CDG',
  to: 'LHR',
  departure: '2026-03-14T18:45:00+01:00',
  arrival: '2026-03-14T19:05:00+00:00',
  mode: '4',
} as const

export const predes: PredesRecord = {
  dispatchId: DISPATCH,
  origin: 'FRCDGA',
  destination: 'GBLHRA',
  category: 'A',
  subclass: 'UN',
  closedAt: '2026-03-14T10:30:00+01:00',
  transport: [leg],
  receptacles: [
    { id: R1, weightKg: 12.52, type: 'BG', registered: true, highest: false, items: [ITEM1, ITEM2] },
    { id: R2, weightKg: 8.7, type: null, registered: false, highest: true, items: [ITEM3] },
  ],
}

export const resdes: ResdesRecord = {
  dispatchId: DISPATCH,
  receivedAt: '2026-03-15T06:12:00+00:00',
  office: 'GBLHRA',
  receptacles: [
    { id: R1, condition: 'received', weightKg: 12.5 },
    { id: R2, condition: 'damaged', weightKg: null },
  ],
}

export const consignment: ConsignmentRecord = {
  consignmentId: 'FRA2026000417',
  preparedAt: '2026-03-14T11:05:00+01:00',
  origin: 'CDG',
  destination: 'LHR',
  category: 'A',
  carrier: 'AF',
  transport: [leg],
  receptacles: [
    { id: R1, weightKg: 12.52, type: 'BG', registered: true, highest: false, items: [] },
    { id: R2, weightKg: 8.7, type: null, registered: false, highest: true, items: [] },
  ],
}

export const rescon: ResconRecord = {
  consignmentId: 'FRA2026000417',
  receivedAt: '2026-03-14T19:50:00+00:00',
  office: 'GBLHRA',
  receptacles: [
    { id: R1, condition: 'received' },
    { id: R2, condition: 'wet' },
  ],
}

export const resdit: ResditRecord = {
  consignmentId: 'FRA2026000417',
  carrier: 'AF',
  events: [
    {
      code: '74',
      at: '2026-03-14T12:10:00+01:00',
      location: 'CDG',
      transport: null,
      receptacles: [R1, R2],
    },
    {
      code: '24',
      at: '2026-03-14T18:52:00+01:00',
      location: 'CDG',
      transport: { carrier: 'AF', number: 'AF1080' },
      receptacles: [R1, R2],
    },
    { code: '21', at: '2026-03-14T19:40:00+00:00', location: 'LHR', transport: null, receptacles: [R2] },
  ],
}

export const emsevt: EmsevtRecord = {
  events: [
    {
      itemId: ITEM1,
      code: 'EMC',
      at: '2026-03-14T10:30:00+01:00',
      office: 'FRCDGA',
      reason: null,
      receptacle: R1,
    },
    {
      itemId: ITEM3,
      code: 'EXD',
      at: '2026-03-14T09:58:00+01:00',
      office: 'FRCDGA',
      reason: 'DNL',
      receptacle: null,
    },
  ],
}

export const cusitm: CusitmRecord = {
  itemId: ITEM3,
  destination: 'US',
  category: '31',
  total: { amount: 84.5, currency: 'EUR' },
  sender: { name: 'Marie Dupont', country: 'FR' },
  addressee: { name: "John O'Brien", country: 'US' },
  contents: [
    { description: 'Cotton T-shirts', quantity: 2, weightKg: 0.4, value: 40, hsCode: '610910', origin: 'FR' },
    { description: 'Book', quantity: 1, weightKg: 0.6, value: 44.5, hsCode: null, origin: null },
  ],
}

export const cusrsp: CusrspRecord = {
  responses: [
    { itemId: ITEM1, indicator: '4', duty: null, reason: null },
    { itemId: ITEM3, indicator: '6', duty: { amount: 12.3, currency: 'USD' }, reason: 'Invoice required' },
  ],
}

export const itmref: ItmrefRecord = {
  referrals: [
    { itemId: ITEM1, type: 'DNL', text: 'High-risk consignee' },
    { itemId: ITEM3, type: 'RFI', text: null },
  ],
}

export const refrsp: RefrspRecord = {
  responses: [{ itemId: ITEM3, code: 'INF', action: 'Sender details completed' }],
}

export const SAMPLES: { [K in keyof RecordsByType]: RecordsByType[K] } = {
  PREDES: predes,
  RESDES: resdes,
  CARDIT: consignment,
  PRECON: consignment,
  RESCON: rescon,
  RESDIT: resdit,
  EMSEVT: emsevt,
  CUSITM: cusitm,
  CUSRSP: cusrsp,
  ITMREF: itmref,
  REFRSP: refrsp,
}
