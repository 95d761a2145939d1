// Answering a referral (REFRSP out): the ITMREF's open referral is answered with a response code and
// the action taken, audited (ead.answer), and a REFRSP goes to the post whose ITMREF raised it. An RFI
// or RFS closes; a DNL is answered and stays in force. A worker may not answer; a code that does not
// answer the referral is refused and nothing changes.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ItmrefRecord, RefrspRecord } from '../../../src/core/edi/records'
import { encodeRecord, readInterchange } from '../../../src/station/exchange/edi'
import { CHICAGO, crew, newStation, sqlite } from '../fixtures'
import { itmattXml, parcelId } from './fixtures'

const envelope = {
  sender: { id: 'USCHIA', qualifier: null },
  recipient: { id: 'FRCDGA', qualifier: null },
  controlRef: '601',
  at: new Date('2026-03-14T20:41:00Z'),
}

async function referred() {
  const s = newStation()
  const people = crew(s)
  const by = s.defaultSession()
  s.savePartner(by, { id: 'USORDA', kind: 'post', name: 'Chicago', ediId: 'USCHIA', ediQualifier: null })
  s.setPolicy(by, { destination: 'US', requiresEad: true, requiresPreAdvice: false, weightLimitKg: null })
  await s.importItmatt(by, {
    name: 'itmatt.xml',
    content: itmattXml([1, 2, 3, 4].map((n) => ({ id: parcelId(n) }))),
  })
  const record: ItmrefRecord = {
    referrals: [
      { itemId: parcelId(1), type: 'RFI', text: 'Invoice please' },
      { itemId: parcelId(2), type: 'DNL', text: 'High-risk consignee' },
      { itemId: parcelId(3), type: 'RFI', text: null },
    ],
  }
  const itmref = s.importEdi(by, 'itmref-601.edi', encodeRecord('ITMREF', record, envelope))
  expect(itmref.applied).toBe(true)
  const handle = s.openReceptacle(by, { destination: CHICAGO, category: 'A', subclass: 'CN' }).receptacle
    .handle
  const scan = (code: string) => s.scan(by, { code, receptacle: handle })
  const referrals = () =>
    sqlite(s)
      .prepare<
        [],
        {
          item_id: string
          status: string
          message: number | null
          closed_seq: number | null
          answered_seq: number | null
        }
      >('SELECT item_id, status, message, closed_seq, answered_seq FROM ead_referral ORDER BY id')
      .all()
  return { s, by, scan, referrals, itmref: itmref.message, ...people }
}

describe('answering a referral', () => {
  it('closes an RFI, audits the answer and queues the REFRSP to the post that sent the ITMREF', async () => {
    const { s, supervisor, referrals, itmref } = await referred()
    expect(referrals()[0]).toMatchObject({ item_id: parcelId(1), message: itmref.id, closed_seq: null })

    const result = s.answerReferral(supervisor, [parcelId(1), parcelId(3)], {
      code: 'INFO',
      action: 'Commercial invoice sent by e-mail',
    })
    expect(result.messages).toHaveLength(1)
    const [message] = result.messages
    expect(message).toMatchObject({ direction: 'out', type: 'REFRSP', partner: 'USORDA', state: 'written' })
    expect(result.answers).toEqual([
      expect.objectContaining({
        itemId: parcelId(1),
        referral: 'rfi',
        code: 'INFO',
        closed: true,
        message: message!.id,
        partner: 'USORDA',
      }),
      expect.objectContaining({
        itemId: parcelId(3),
        referral: 'rfi',
        code: 'INFO',
        closed: true,
        message: message!.id,
      }),
    ])

    const content = readFileSync(message!.file!, 'latin1')
    expect(content).toBe(s.message(message!.id).content)
    const read = readInterchange(content)
    expect(read.issues).toEqual([])
    expect(read.interchange!.header.recipient.id).toBe('USCHIA')
    expect(read.messages[0]!.record as RefrspRecord).toEqual({
      responses: [
        { itemId: parcelId(1), code: 'INFO', action: 'Commercial invoice sent by e-mail' },
        { itemId: parcelId(3), code: 'INFO', action: 'Commercial invoice sent by e-mail' },
      ],
    })

    const rows = referrals()
    expect(rows[0]!.closed_seq).toBe(result.answers[0]!.seq)
    expect(rows[0]!.answered_seq).toBe(result.answers[0]!.seq)
    expect(s.advanceItem(parcelId(1))!.referral).toBeNull()
    const event = s.events().find((e) => e.seq === result.answers[0]!.seq)!
    expect(event).toMatchObject({ type: 'ead.answer', operator: 'bruno', code: parcelId(1) })
    expect(event.reason).toContain(`REFRSP message #${message!.id} queued for USORDA`)
    expect(event.detail).toMatchObject({ status: 'rfi', code: 'INFO', closed: true, message: message!.id })

    // The referral and its answer are in the item's history, as the Customs screen shows it.
    s.importManifest(s.defaultSession(), `itemId,destinationCountry\n${parcelId(1)},US`, {
      fileName: 'm.csv',
    })
    const history = s.customsItem(parcelId(1)).history.map((e) => e.type)
    expect(history).toEqual(expect.arrayContaining(['ead.referral', 'ead.answer']))
  })

  it('a DNL is answered but stays in force: the item still may not be loaded', async () => {
    const { s, customs, scan, referrals } = await referred()
    const result = s.answerReferral(customs, [parcelId(2)], {
      code: 'NOTLOADED',
      action: 'Taken out of the bag',
    })
    expect(result.answers[0]).toMatchObject({ referral: 'dnl', closed: false })
    expect(referrals()[1]).toMatchObject({ closed_seq: null, answered_seq: result.answers[0]!.seq })
    expect((await scan(parcelId(2))).outcome).toBe('do_not_load')
    // Answered once: there is nothing left to answer.
    expect(() => s.answerReferral(customs, [parcelId(2)], { code: 'RETURNED', action: 'x' })).toThrow(
      `${parcelId(2)} has no referral waiting for an answer. Nothing was answered.`,
    )
  })

  it('refuses a code that does not answer the referral, or an item with none, changing nothing', async () => {
    const { s, supervisor, referrals } = await referred()
    const before = referrals()
    expect(() =>
      s.answerReferral(supervisor, [parcelId(1), parcelId(2), parcelId(4)], { code: 'INFO', action: 'Sent' }),
    ).toThrow(
      `${parcelId(2)} has a do not load (DNL), which INFO does not answer (it answers RFI); ${parcelId(4)} has no referral waiting for an answer. Nothing was answered.`,
    )
    expect(referrals()).toEqual(before)
    expect(s.messages('out', 10)).toEqual([])
  })

  it('a worker may not answer', async () => {
    const { s, worker, referrals } = await referred()
    const before = referrals()
    expect(() => s.answerReferral(worker, [parcelId(1)], { code: 'INFO', action: 'Sent' })).toThrow(
      'Answering a referral needs a supervisor or a customs officer; operator amina is a worker.',
    )
    expect(referrals()).toEqual(before)
    expect(s.messages('out', 10)).toEqual([])
  })
})
