// `station customs …` and `station item` as a person or a script at the customs desk runs them: a hold
// stops the item at the bagging station, a worker's release is refused (exit 1, in words) and recorded,
// the officer's release frees the item.
import { describe, expect, it } from 'vitest'
import { CHICAGO, initialised, letter, openToChicago, station, tempDir, writeFile } from './helpers'

const OFFICER = ['--operator', 'dmitri', '--pin', '5510']
const WORKER = ['--operator', 'amina', '--pin', '4821']

/** Roissy with a customs officer and a worker, a receptacle open to Chicago, and three letters advised. */
async function customsDesk(): Promise<string> {
  const data = await initialised()
  for (const [id, role, pin] of [
    ['dmitri', 'customs', '5510'],
    ['amina', 'worker', '4821'],
  ] as const) {
    const r = await station(['operator', 'add', '--data', data, '--id', id, '--role', role, '--pin', pin])
    expect(r.code, r.err.join('\n')).toBe(0)
  }
  const manifest = writeFile(
    tempDir(),
    'advice.csv',
    [
      'itemId,destinationCountry,destinationOffice,weightKg,contentsType',
      ...[1, 2, 3].map((n) => `${letter(n)},US,${CHICAGO},0.2,merchandise`),
    ].join('\n'),
  )
  expect((await station(['import', 'manifest', manifest, '--data', data])).code).toBe(0)
  expect((await openToChicago(data)).code).toBe(0)
  return data
}

describe('station customs decide', () => {
  it('hold → scan held → a worker’s release refused and recorded → the officer’s release → scan accepted', async () => {
    const data = await customsDesk()
    const hold = await station([
      'customs',
      'decide',
      letter(1),
      '--decision',
      'hold',
      '--kind',
      'documents_required',
      '--reason',
      'commercial invoice missing',
      '--data',
      data,
      ...OFFICER,
    ])
    expect(hold.code, hold.err.join('\n')).toBe(0)
    expect(hold.out[0]).toMatch(new RegExp(`^HELD +${letter(1)} +export customs \\(EXB DOCS\\)`))

    const held = await station(['scan', letter(1), '--data', data, '--json'])
    expect(held.code).toBe(1)
    expect(held.json()[0]).toMatchObject({
      outcome: 'held',
      reason: `Held by customs (documents required: commercial invoice missing): put ${letter(1)} aside for the customs officer.`,
    })

    const refused = await station([
      'customs',
      'decide',
      letter(1),
      '--decision',
      'release',
      '--data',
      data,
      ...WORKER,
    ])
    expect(refused.code).toBe(1)
    expect(refused.out).toEqual([])
    expect(refused.err).toEqual([
      'station customs decide: Deciding a customs matter needs a customs officer; operator amina is a worker.',
    ])
    const events = await station(['events', '--data', data, '--json'])
    const refusal = events.json().find((e) => e.type === 'customs.refused')
    expect(refusal).toMatchObject({ operator: 'amina', code: letter(1), outcome: 'forbidden' })
    expect(refusal!.detail).toEqual({ decision: 'release', items: [letter(1)], role: 'worker' })

    const stillHeld = await station(['scan', letter(1), '--data', data, '--json'])
    expect(stillHeld.json()[0]!.outcome).toBe('held')

    const release = await station([
      'customs',
      'decide',
      letter(1),
      '--decision',
      'release',
      '--data',
      data,
      '--json',
      ...OFFICER,
    ])
    expect(release.code, release.err.join('\n')).toBe(0)
    expect(release.json()[0]).toMatchObject({ itemId: letter(1), state: 'released', hold: null })

    const accepted = await station(['scan', letter(1), '--data', data, '--json'])
    expect(accepted.code).toBe(0)
    expect(accepted.json()[0]!.outcome).toBe('accepted')
  })

  it('the station’s own operator does not decide either; a bulk decision is all or nothing', async () => {
    const data = await customsDesk()
    const byStation = await station(['customs', 'decide', letter(1), '--decision', 'seize', '--data', data])
    expect(byStation.code).toBe(1)
    expect(byStation.err[0]).toMatch(/needs a customs officer; operator station is exchange-office staff/)

    const unknown = letter(50)
    const bulk = await station([
      'customs',
      'decide',
      letter(2),
      unknown,
      '--decision',
      'hold',
      '--reason',
      'x-ray anomaly',
      '--data',
      data,
      ...OFFICER,
    ])
    expect(bulk.code).toBe(1)
    expect(bulk.err[0]).toContain(`${unknown} is not known at this station`)
    const scan = await station(['scan', letter(2), '--data', data, '--json'])
    expect(scan.json()[0]!.outcome).toBe('accepted')
  })

  it('says what is wrong with the options before touching the station', async () => {
    const data = await customsDesk()
    const noCurrency = ['customs', 'decide', letter(1), '--decision', 'hold', '--duty', '12.50']
    expect((await station([...noCurrency, '--data', data, ...OFFICER])).code).toBe(2)
    expect((await station(['customs', 'decide', letter(1), '--decision', 'fine', '--data', data])).code).toBe(
      2,
    )
    expect((await station(['customs', 'decide', letter(1), '--data', data, ...OFFICER])).code).toBe(2)
  })
})

describe('station customs queue, present, payment and station item', () => {
  it('present, hold with duty, pay, and show the item with its history', async () => {
    const data = await customsDesk()
    const present = await station(['customs', 'present', letter(2), letter(3), '--data', data])
    expect(present.code, present.err.join('\n')).toBe(0)
    expect(present.out).toEqual([
      `PRESENTED ${letter(2)}  export customs`,
      `PRESENTED ${letter(3)}  export customs`,
    ])
    const duty = await station([
      'customs',
      'decide',
      letter(3),
      '--decision',
      'hold',
      '--duty',
      '12.50',
      '--currency',
      'eur',
      '--data',
      data,
      ...OFFICER,
    ])
    expect(duty.code, duty.err.join('\n')).toBe(0)

    const queue = await station(['customs', 'queue', '--status', 'held', '--data', data, '--json'])
    expect(queue.json()).toMatchObject([
      { itemId: letter(3), state: 'held', hold: 'duty payable 12.50 EUR', destination: CHICAGO },
    ])
    const text = await station(['customs', 'queue', '--destination', 'us', '--data', data])
    expect(text.out).toHaveLength(2)
    expect(text.out[1]).toContain('hold: duty payable 12.50 EUR')

    const paid = await station(['customs', 'payment', letter(3), '--reference', 'PAY-000417', '--data', data])
    expect(paid.code, paid.err.join('\n')).toBe(0)
    expect(paid.out[0]).toContain('duty 12.50 EUR paid (PAY-000417)')

    const item = await station(['item', letter(3), '--data', data, '--json'])
    expect(item.code).toBe(0)
    const shown = item.json()[0]!
    expect(shown).toMatchObject({
      itemId: letter(3),
      manifest: { destinationOffice: CHICAGO, contentsType: 'merchandise' },
      customs: { state: 'held', hold: 'duty payable 12.50 EUR' },
      holds: [{ reason: 'duty payable 12.50 EUR', open: true }],
      advance: null,
    })
    expect((shown.history as Array<{ type: string }>).map((e) => e.type)).toEqual([
      'import',
      'customs.present',
      'customs.hold',
      'customs.payment',
    ])
    const lines = await station(['item', letter(3), '--data', data])
    expect(lines.out.join('\n')).toMatch(/customs: HELD \(export\)/)
    expect(lines.out.join('\n')).toMatch(/EXB +\S+ +FRCDGA +DUTY/)
    expect((await station(['item', letter(60), '--data', data])).code).toBe(1)
  })
})
