import { describe, expect, it } from 'vitest'
import { HidPosReassembler } from '../../../src/devices/hid/decode'
import { hidPosReport, S10_REPORT, S9, S9_REPORTS } from './fixtures'

describe('HID POS report decoding', () => {
  it('reads an S10 item code from one captured report, padding ignored', () => {
    expect(new HidPosReassembler().push(S10_REPORT)).toEqual([
      { type: 'code', code: 'RR123456785GB', symbology: ']C0' },
    ])
  })

  it('joins a 29-character S9 receptacle code sent over two reports', () => {
    const reports = new HidPosReassembler()
    expect(reports.push(S9_REPORTS[0] as Buffer)).toEqual([])
    expect(reports.push(S9_REPORTS[1] as Buffer)).toEqual([{ type: 'code', code: S9, symbology: ']C0' }])
  })

  it('joins a long QR payload over full 56-byte reports (Access-IS 02 38 5D 51 30 …)', () => {
    const payload = 'https://track.example.post/EE876543216CA?'.padEnd(130, 'x')
    const reports = new HidPosReassembler()
    const chunks = [payload.slice(0, 56), payload.slice(56, 112), payload.slice(112)]
    const first = hidPosReport({ data: chunks[0] as string, aim: ']Q0', more: true, codeId: 0x73 })
    expect(first.subarray(0, 5)).toEqual(Buffer.from([0x02, 0x38, 0x5d, 0x51, 0x30]))
    expect(reports.push(first)).toEqual([])
    expect(reports.push(hidPosReport({ data: chunks[1] as string, aim: ']Q0', more: true }))).toEqual([])
    expect(reports.push(hidPosReport({ data: chunks[2] as string, aim: ']Q0' }))).toEqual([
      { type: 'code', code: payload, symbology: ']Q0' },
    ])
  })

  it('gives no symbology when the scanner sends no AIM identifier, and drops a CR suffix', () => {
    expect(new HidPosReassembler().push(hidPosReport({ data: 'EE876543216CA\r', aim: null }))).toEqual([
      { type: 'code', code: 'EE876543216CA', symbology: null },
    ])
  })

  it('ignores reports that are not scanned data and reports that carry nothing', () => {
    const reports = new HidPosReassembler()
    expect(reports.push(hidPosReport({ data: 'RR123456785GB', reportId: 0x04 }))).toEqual([])
    expect(reports.push(hidPosReport({ data: '' }))).toEqual([])
    expect(reports.push(Buffer.alloc(0))).toEqual([])
  })

  it('drops a scan whose report has an impossible length, and reads the next one', () => {
    const reports = new HidPosReassembler()
    reports.push(S9_REPORTS[0] as Buffer)
    expect(reports.push(hidPosReport({ data: 'x', length: 0x40 }))).toEqual([
      { type: 'malformed', reason: expect.stringContaining('impossible length (64)') },
    ])
    expect(reports.push(Buffer.from([0x02, 0x05, 0x5d, 0x43, 0x30, 0x41]))).toEqual([
      { type: 'malformed', reason: expect.stringContaining('impossible length (5)') },
    ])
    expect(reports.push(S10_REPORT)).toEqual([{ type: 'code', code: 'RR123456785GB', symbology: ']C0' }])
  })

  it('drops a half-received code when another symbology starts, and keeps the new one', () => {
    const reports = new HidPosReassembler()
    reports.push(S9_REPORTS[0] as Buffer)
    expect(reports.push(hidPosReport({ data: '9501101530003', aim: ']E0', codeId: 0x64 }))).toEqual([
      { type: 'malformed', reason: expect.stringContaining('cut short') },
      { type: 'code', code: '9501101530003', symbology: ']E0' },
    ])
  })

  it('gives up on a code whose "more" flag never clears', () => {
    const reports = new HidPosReassembler()
    const stuck = hidPosReport({ data: 'x'.repeat(56), more: true })
    const events = Array.from({ length: Math.ceil(4097 / 56) }, () => reports.push(stuck)).flat()
    expect(events).toEqual([{ type: 'malformed', reason: expect.stringContaining('never ended') }])
    expect(reports.push(S10_REPORT)).toEqual([{ type: 'code', code: 'RR123456785GB', symbology: ']C0' }])
  })

  it('forgets a partial code on reset (the scanner was closed mid-barcode)', () => {
    const reports = new HidPosReassembler()
    reports.push(S9_REPORTS[0] as Buffer)
    reports.reset()
    expect(reports.push(S9_REPORTS[1] as Buffer)).toEqual([
      { type: 'code', code: S9.slice(16), symbology: ']C0' },
    ])
  })
})
