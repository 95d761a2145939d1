// The post ↔ customs link from the command line: `station partner add --kind customs`, `station import
// edi` of the customs administration's CUSRSP (applied as its decisions; from anyone else quarantined,
// exit 3), and `station advance answer` of an ITMREF referral (a REFRSP queued; a worker refused, exit 1).
import { describe, expect, it } from 'vitest'
import type { CusrspRecord, ItmrefRecord } from '../../src/core/edi/records'
import { encodeRecord } from '../../src/station/exchange/edi'
import { itmattXml } from '../station/advance/fixtures'
import { CHICAGO, initialised, letter, openToChicago, parcel, station, tempDir, writeFile } from './helpers'

const SUPERVISOR = ['--operator', 'bruno', '--pin', '7315']
const WORKER = ['--operator', 'amina', '--pin', '4821']

function edi(type: 'CUSRSP' | 'ITMREF', record: CusrspRecord | ItmrefRecord, sender: string): string {
  const text =
    type === 'CUSRSP'
      ? encodeRecord('CUSRSP', record as CusrspRecord, envelope(sender))
      : encodeRecord('ITMREF', record as ItmrefRecord, envelope(sender))
  return writeFile(tempDir(), `${type.toLowerCase()}.edi`, text)
}

const envelope = (sender: string) => ({
  sender: { id: sender, qualifier: null },
  recipient: { id: 'FRCDGA', qualifier: null },
  controlRef: '9001',
  at: new Date('2026-03-14T10:00:00Z'),
})

async function ok(argv: string[]) {
  const r = await station(argv)
  expect(r.code, `${argv.join(' ')}\n${r.err.join('\n')}`).toBe(0)
  return r
}

async function linked(): Promise<string> {
  const data = await initialised()
  for (const [id, role, pin] of [
    ['bruno', 'supervisor', '7315'],
    ['amina', 'worker', '4821'],
  ] as const) {
    await ok(['operator', 'add', '--data', data, '--id', id, '--role', role, '--pin', pin])
  }
  const added = await ok([
    'partner',
    'add',
    '--data',
    data,
    '--id',
    'DOUANE',
    '--kind',
    'customs',
    '--edi-id',
    'FRDGDDI',
    '--json',
  ])
  expect(added.json()[0]).toEqual({
    partner: { id: 'DOUANE', kind: 'customs', name: null, ediId: 'FRDGDDI', ediQualifier: null },
  })
  await ok(['partner', 'add', '--data', data, '--id', 'USORDA', '--kind', 'post', '--edi-id', 'USCHIA'])
  return data
}

describe('station import edi of a CUSRSP', () => {
  it('applies the customs partner’s decisions: the held item then scans held; from a post it is quarantined', async () => {
    const data = await linked()
    const manifest = writeFile(
      tempDir(),
      'advice.csv',
      [
        'itemId,destinationCountry,destinationOffice,weightKg,contentsType',
        `${letter(1)},US,${CHICAGO},0.2,merchandise`,
      ].join('\n'),
    )
    await ok(['import', 'manifest', manifest, '--data', data])
    await ok(['customs', 'present', letter(1), '--data', data])
    expect((await openToChicago(data)).code).toBe(0)
    const record: CusrspRecord = {
      responses: [{ itemId: letter(1), indicator: '6', duty: null, reason: 'Invoice required' }],
    }

    const fromPost = await station(['import', 'edi', edi('CUSRSP', record, 'USCHIA'), '--data', data])
    expect(fromPost.code).toBe(3)
    expect(fromPost.err.join('\n')).toContain(
      'USCHIA is partner USORDA, a post, not the customs administration',
    )

    const applied = await station(['import', 'edi', edi('CUSRSP', record, 'FRDGDDI'), '--data', data])
    expect(applied.code, applied.err.join('\n')).toBe(0)
    expect(applied.out[0]).toContain(`1 customs decision from DOUANE: ${letter(1)} held.`)

    const scan = await station(['scan', letter(1), '--data', data, '--json'])
    expect(scan.code).toBe(1)
    expect(scan.json()[0]).toMatchObject({
      outcome: 'held',
      reason: `Held by customs (documents required: Invoice required): put ${letter(1)} aside for the customs officer.`,
    })
    const item = await ok(['item', letter(1), '--data', data, '--json'])
    expect((item.json()[0]!.decisions as Array<{ decidedBy: string }>)[0]!.decidedBy).toBe('customs:DOUANE')
  })
})

describe('station advance answer', () => {
  it('answers an ITMREF referral with a REFRSP to the post that raised it; a worker is refused', async () => {
    const data = await linked()
    const itmatt = writeFile(tempDir(), 'itmatt.xml', itmattXml([{ id: parcel(1) }]))
    await ok(['import', 'itmatt', itmatt, '--data', data])
    const itmref: ItmrefRecord = { referrals: [{ itemId: parcel(1), type: 'RFI', text: 'Invoice please' }] }
    await ok(['import', 'edi', edi('ITMREF', itmref, 'USCHIA'), '--data', data])

    const refused = await station([
      'advance',
      'answer',
      parcel(1),
      '--code',
      'INFO',
      '--action',
      'Invoice sent',
      '--data',
      data,
      ...WORKER,
    ])
    expect(refused.code).toBe(1)
    expect(refused.err).toEqual([
      'station advance answer: Answering a referral needs a supervisor or a customs officer; operator amina is a worker.',
    ])

    const wrong = await station([
      'advance',
      'answer',
      parcel(1),
      '--code',
      'MAYBE',
      '--action',
      'x',
      '--data',
      data,
    ])
    expect(wrong.code).toBe(2)

    const answered = await station([
      'advance',
      'answer',
      parcel(1),
      '--code',
      'INFO',
      '--action',
      'Invoice sent',
      '--data',
      data,
      ...SUPERVISOR,
    ])
    expect(answered.code, answered.err.join('\n')).toBe(0)
    expect(answered.out[0]).toMatch(new RegExp(`^${parcel(1)}  RFI closed: INFO, REFRSP #\\d+ to USORDA`))
    expect(answered.out[1]).toMatch(/^Queued REFRSP message #\d+ for USORDA, in .*outbox\/USORDA\/REFRSP-/)

    const messages = await ok(['messages', '--direction', 'out', '--data', data, '--json'])
    expect(messages.json()).toEqual([expect.objectContaining({ type: 'REFRSP', partner: 'USORDA' })])

    const again = await station([
      'advance',
      'answer',
      parcel(1),
      '--code',
      'INFO',
      '--action',
      'Again',
      '--data',
      data,
      ...SUPERVISOR,
      '--json',
    ])
    expect(again.code).toBe(1)
    expect(again.err.join('\n')).toContain(
      `${parcel(1)} has no referral waiting for an answer. Nothing was answered.`,
    )
  })
})
