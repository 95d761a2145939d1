// HID POS input reports as node-hid hands them over (report ID first), built to the Honeywell layout of
// HARDWARE.md 1b: [0] 0x02, [1] length, [2..4] AIM, [5..60] data zero-padded, [61] code ID, [63] more.

export interface ReportFields {
  data: string
  aim?: string | null
  more?: boolean
  codeId?: number
  length?: number
  reportId?: number
}

export function hidPosReport({
  data,
  aim = ']C0',
  more = false,
  codeId = 0x6a,
  length,
  reportId = 0x02,
}: ReportFields): Buffer {
  const report = Buffer.alloc(64)
  report[0] = reportId
  report[1] = length ?? data.length
  if (aim !== null) report.write(aim, 2, 'latin1')
  report.write(data, 5, 'latin1')
  report[61] = codeId
  report[63] = more ? 0x01 : 0x00
  return report
}

/** An S10 item identifier (RR123456785GB, Code 128) in one report, as captured byte by byte. */
export const S10_REPORT = Buffer.from(
  '020d5d4330' + // report 2, 13 bytes, ]C0
    '52523132333435363738354742' + // RR123456785GB
    '00'.repeat(43) + // zero padding up to byte 60
    '6a' + // Honeywell code ID j = Code 128
    '00' + // reserved
    '00', // last report of this barcode
  'hex',
)

/** A 29-character S9 receptacle identifier sent by a scanner that cuts reports at 16 bytes. */
export const S9 = 'FRCDGAUSJFKAAUN50123001100125'
export const S9_REPORTS = [
  hidPosReport({ data: S9.slice(0, 16), more: true }),
  hidPosReport({ data: S9.slice(16), more: false }),
]
