// EDI through the command line: a carrier's RESDIT imported whole or quarantined whole (every issue said
// with where it is), any file laid out by `edi parse`, item events out as EMSEVT, messages and partners.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EDI_EXIT } from '../../src/cli/edi'
import type { ResditRecord } from '../../src/core/edi/records'
import { describeIssue, encodeRecord, readInterchange } from '../../src/station/exchange/edi'
import { closedDispatch, LEG } from './exchange-helpers'
import { ORIGIN, station, tempDir, writeFile } from './helpers'

/** A dispatch of two bags closed and consigned to AF; the receptacles' S9s as they are now. */
async function consigned() {
  const closed = await closedDispatch(2, 2)
  const { data, result } = closed
  const c = await station([
    'consignment',
    'close',
    '--data',
    data,
    '--dispatch',
    result.dispatchId,
    ...LEG,
    '--json',
  ])
  expect(c.code, c.err.join('\n')).toBe(0)
  const consignmentId = String(c.json()[0]!.consignmentId)
  const list = await station(['receptacle', 'list', '--data', data, '--state', 'closed', '--json'])
  const receptacles = list.json().map((r) => String(r.receptacleId))
  return { ...closed, consignmentId, receptacles }
}

function resdit(consignmentId: string, receptacles: string[]): string {
  const record: ResditRecord = {
    consignmentId,
    carrier: 'AF',
    events: [
      {
        code: '74',
        at: '2026-03-14T21:40:00+01:00',
        location: 'CDG',
        transport: { carrier: 'AF', number: 'AF0012' },
        receptacles,
      },
    ],
  }
  return encodeRecord('RESDIT', record, {
    sender: { id: 'AF', qualifier: null },
    recipient: { id: ORIGIN, qualifier: null },
    controlRef: '77',
    at: new Date('2026-03-14T20:41:00Z'),
  })
}

/** What a script sees of the station's confirmations: unconfirmed receptacles and consignment statuses. */
async function confirmations(data: string) {
  const unconfirmed = await station(['receptacles', 'unconfirmed', '--data', data, '--hours', '0', '--json'])
  const consignments = await station(['consignment', 'list', '--data', data, '--json'])
  return {
    unconfirmed: unconfirmed.json().map((r) => r.receptacleId),
    status: consignments.json().map((c) => c.status),
  }
}

describe('station import edi', () => {
  it("applies a carrier's RESDIT: the consignment shows the event and its receptacles are confirmed", async () => {
    const { data, consignmentId, receptacles } = await consigned()
    expect((await confirmations(data)).unconfirmed).toHaveLength(2)
    const file = writeFile(tempDir(), 'resdit-77.edi', resdit(consignmentId, receptacles))
    const r = await station(['import', 'edi', '--data', data, file])
    expect(r.code, r.err.join('\n')).toBe(EDI_EXIT.ok)
    expect(r.out).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Applied ${file}: RESDIT from AF \\(message #\\d+\\)\\. 1 carrier event on consignment ${consignmentId}`,
        ),
      ),
    ])
    expect(await confirmations(data)).toEqual({ unconfirmed: [], status: ['74 received by the carrier'] })

    const messages = await station(['messages', '--data', data, '--direction', 'in', '--json'])
    expect(messages.json()).toEqual([
      expect.objectContaining({ type: 'RESDIT', state: 'applied', partner: 'AF' }),
    ])
  })

  it('quarantines a truncated file and one with a wrong UNT count: every issue with where it is, nothing applied', async () => {
    const { data, consignmentId, receptacles } = await consigned()
    const before = await confirmations(data)
    const good = resdit(consignmentId, receptacles)
    const badCount = good.replace(/UNT\+(\d+)\+/, (_, n: string) => `UNT+${Number(n) + 1}+`)
    expect(badCount).not.toBe(good)
    const dir = tempDir()
    for (const [name, text] of [
      ['cut.edi', good.slice(0, Math.floor(good.length * 0.6))],
      ['count.edi', badCount],
    ] as const) {
      const file = writeFile(dir, name, text)
      const expected = readInterchange(text).issues
      expect(expected.length, name).toBeGreaterThan(0)

      const r = await station(['import', 'edi', '--data', data, file])
      expect(r.code, name).toBe(EDI_EXIT.issues)
      expect(r.out).toEqual([])
      expect(r.err[0]).toMatch(
        new RegExp(
          `^station import edi: quarantined ${file}: .*${expected.length} problems?; nothing of it was applied\\.$`,
        ),
      )
      expect(r.err.slice(1)).toEqual(expected.map((issue) => `${file}: ${describeIssue(issue)}`))
      for (const line of r.err.slice(1)) expect(line).toMatch(/^\S+: line \d+[,:] /)
      if (name === 'count.edi')
        expect(r.err[1]).toMatch(/: line \d+, segment \d+ \(UNT\), element 1, component 1: UNT says/)

      const json = await station(['import', 'edi', '--data', data, '--json', file])
      expect(json.code).toBe(EDI_EXIT.issues)
      const [out] = json.json() as Array<{
        message: Record<string, unknown>
        applied: boolean
        issues: unknown[]
      }>
      expect(Object.keys(out!)).toEqual(['message', 'applied', 'issues'])
      expect(out).toMatchObject({
        applied: false,
        issues: expected,
        message: { direction: 'in', state: 'quarantined' },
      })

      const shown = await station(['message', 'show', '--data', data, String(out!.message.id)])
      expect(shown.out[0]).toMatch(/QUARANTINED/)
      expect(shown.out.join('\n')).toContain(describeIssue(expected[0]!))
    }
    expect(await confirmations(data)).toEqual(before)
    expect(before.status).toEqual([null])
  })

  it('cannot read a missing file (exit 1)', async () => {
    const data = tempDir()
    const missing = await station(['import', 'edi', '--data', data, join(data, 'nope.edi')])
    expect(missing.code).toBe(1)
    expect(missing.err[0]).toMatch(/^station import edi: cannot read .*nope\.edi/)
  })
})

describe('station edi parse', () => {
  it('lays out a good file as JSON: interchange header, messages, segments and the decoded record', async () => {
    const text = resdit('FRCDGA600001', ['FRCDGAUSORDAAUN60001001110020'])
    const file = writeFile(tempDir(), 'good.edi', text)
    const r = await station(['edi', 'parse', '--json', file])
    expect(r.code, r.out.join('\n')).toBe(EDI_EXIT.ok)
    const [parsed] = r.json() as Array<{
      valid: boolean
      issues: unknown[]
      interchange: { header: Record<string, unknown> }
      messages: Array<{
        type: string
        record: unknown
        segments: Array<{ tag: string; elements: string[][]; position: { line: number; segment: number } }>
      }>
    }>
    expect(parsed).toMatchObject({ file, encoding: 'latin1', valid: true, issues: [] })
    expect(parsed!.interchange.header).toMatchObject({
      syntax: { id: 'UNOC', version: '3' },
      sender: { id: 'AF' },
      recipient: { id: ORIGIN },
      controlRef: '77',
    })
    const [message] = parsed!.messages
    expect(message).toMatchObject({
      type: 'RESDIT',
      record: { consignmentId: 'FRCDGA600001', carrier: 'AF', events: [{ code: '74' }] },
    })
    expect(message!.segments.length).toBeGreaterThan(2)
    for (const s of message!.segments) {
      expect(s.tag).toMatch(/^[A-Z]{3}$/)
      expect(s.elements.every((e) => Array.isArray(e))).toBe(true)
      expect(s.position.line).toBeGreaterThan(1)
    }

    const plain = await station(['edi', 'parse', file])
    expect(plain.code).toBe(0)
    expect(plain.out[0]).toBe(
      `${file} (read as Latin-1): interchange 77, UNOC version 3, from AF to ${ORIGIN}, prepared 260314 ${plain.out[0]!.match(/prepared 260314 (\d{4})/)?.[1]}; 1 message.`,
    )
    expect(plain.out.slice(1)).toEqual([
      expect.stringMatching(
        /^ {2}message 1 \(line \d+\): RESDIT .* — consignment FRCDGA600001 by AF: 1 carrier event \(74\)$/,
      ),
      'No issues.',
    ])
  })

  it('reports every issue of a hostile file with where it is, exit 3, without a station', async () => {
    const hostile = Buffer.concat([
      Buffer.from("UNA:+.? 'UNB+UNOA:3+AF+FRCDGA+260314:2141+1'UNH+1+RESDIT:1:1:UP'BGM+xx?"),
      Buffer.from([0x00, 0xff, 0xfe]),
      Buffer.from("'RFF+'".repeat(3) + "UNT+99+1'UNZ+1+2'"),
    ])
    const file = join(tempDir(), 'hostile.edi')
    writeFileSync(file, hostile)
    // No --data, no STATION_DATA: a diagnosis needs no station.
    const saved = process.env.STATION_DATA
    delete process.env.STATION_DATA
    try {
      const r = await station(['edi', 'parse', '--json', file])
      expect(r.code).toBe(EDI_EXIT.issues)
      const [parsed] = r.json() as Array<{
        valid: boolean
        issues: Array<{ line: number | null; message: string }>
      }>
      expect(parsed!.valid).toBe(false)
      expect(parsed!.issues.length).toBeGreaterThan(1)
      for (const issue of parsed!.issues) expect(issue.line, issue.message).not.toBeNull()

      const plain = await station(['edi', 'parse', file])
      expect(plain.code).toBe(EDI_EXIT.issues)
      expect(plain.out).toContain(`${parsed!.issues.length} issue${parsed!.issues.length === 1 ? '' : 's'}:`)
      expect(plain.out.filter((l) => /^ {2}line \d+/.test(l))).toHaveLength(parsed!.issues.length)

      const empty = writeFile(tempDir(), 'empty.edi', '')
      const nothing = await station(['edi', 'parse', empty])
      expect(nothing.code).toBe(EDI_EXIT.issues)
      expect(nothing.out[0]).toMatch(/no readable interchange/)
    } finally {
      if (saved !== undefined) process.env.STATION_DATA = saved
    }
  })
})

describe('station export emsevt', () => {
  it('writes EMB and EMC events for the items of a closed dispatch, and queues them for a partner', async () => {
    const { data, bags } = await closedDispatch(2, 2)
    const items = bags.flatMap((b) => b.items).sort()
    const out = join(tempDir(), 'emsevt.edi')
    const r = await station(['export', 'emsevt', '--data', data, '--since', '24h', '--out', out])
    expect(r.code, r.err.join('\n')).toBe(0)
    expect(r.out).toEqual([
      expect.stringMatching(new RegExp(`^Wrote 8 item events since \\S+Z to ${out}\\.$`)),
    ])
    const read = readInterchange(readFileSync(out, 'latin1'))
    expect(read.issues).toEqual([])
    const [message] = read.messages
    if (message?.type !== 'EMSEVT') throw new Error(`expected EMSEVT, got ${message?.type}`)
    const codes = (code: string) =>
      message.record.events
        .filter((e) => e.code === code)
        .map((e) => e.itemId)
        .sort()
    expect(codes('EMB')).toEqual(items)
    expect(codes('EMC')).toEqual(items)

    const later = await station(['export', 'emsevt', '--data', data, '--since', '2999-01-01', '--out', '-'])
    expect(later.code).toBe(0)
    expect(readInterchange(later.out.join('\n')).messages).toEqual([
      { type: 'EMSEVT', record: { events: [] } },
    ])
    expect(later.err).toEqual([expect.stringMatching(/^Wrote 0 item events since .* to standard output\.$/)])

    const partner = await station([
      'partner',
      'add',
      '--data',
      data,
      '--id',
      'us',
      '--kind',
      'post',
      '--edi-id',
      'USPS',
      '--qualifier',
      'ZZ',
      '--name',
      'USPS tracking',
    ])
    expect(partner.code, partner.err.join('\n')).toBe(0)
    const partners = await station(['partner', 'list', '--data', data, '--json'])
    expect(partners.json()).toEqual([
      { id: 'US', kind: 'post', name: 'USPS tracking', ediId: 'USPS', ediQualifier: 'ZZ' },
    ])

    const queued = await station([
      'export',
      'emsevt',
      '--data',
      data,
      '--since',
      '1h',
      '--partner',
      'US',
      '--json',
    ])
    expect(queued.code, queued.err.join('\n')).toBe(0)
    const [done] = queued.json() as Array<{
      events: number
      file: null
      message: { id: number; file: string }
    }>
    expect(done).toMatchObject({
      events: 8,
      file: null,
      message: { type: 'EMSEVT', partner: 'US', state: 'written' },
    })
    const outbox = readInterchange(readFileSync(done!.message.file, 'latin1'))
    expect(outbox.issues).toEqual([])
    expect(outbox.interchange?.header.recipient).toEqual({ id: 'USPS', qualifier: 'ZZ' })

    const resend = await station([
      'message',
      'resend',
      '--data',
      data,
      String(done!.message.id),
      '--reason',
      'lost',
      '--json',
    ])
    expect(resend.code, resend.err.join('\n')).toBe(0)
    expect(resend.json()[0]).toMatchObject({ message: { resendOf: done!.message.id, type: 'EMSEVT' } })
    const listed = await station(['messages', '--data', data, '--direction', 'out'])
    expect(listed.out.filter((l) => /EMSEVT/.test(l))).toHaveLength(2)
  })

  it('needs somewhere to write and a time it can read (usage, exit 2)', async () => {
    const data = tempDir()
    for (const args of [
      ['--since', '24h'],
      ['--since', 'yesterday', '--out', '-'],
      ['--since', '24h', '--out', '-', '--json'],
      ['--out', 'x.edi'],
    ]) {
      const r = await station(['export', 'emsevt', '--data', data, ...args])
      expect(r.code, args.join(' ')).toBe(2)
    }
  })
})
