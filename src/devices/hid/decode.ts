// USB HID POS scanned-data reports (usage page 0x8C), layout of HARDWARE.md 1b as node-hid delivers it
// (report ID first):
//   [0] report ID 0x02  [1] payload length ≤ 56  [2..4] AIM id `]C0`  [5..60] payload, zero-padded
//   [61] Honeywell code ID  [62] reserved  [63] bit 0 set → more reports follow for this barcode
// Codes longer than 56 bytes (a 29-char S9 is not, a GS1 DataMatrix may be) come as several reports that
// are joined until the flag clears. Decoding is pure so it is tested with captured reports.

export const HID_POS = {
  scannedDataReportId: 0x02,
  lengthOffset: 1,
  aimOffset: 2,
  payloadOffset: 5,
  maxPayload: 56,
  flagsOffset: 63,
  moreFlag: 0x01,
  /** A code longer than this is a stuck flag or a confused device, not a label. */
  maxCodeBytes: 4096,
} as const

export type HidScan = { code: string; symbology: string | null }

export type HidPosEvent = ({ type: 'code' } & HidScan) | { type: 'malformed'; reason: string }

/** Joins the reports of one barcode. One instance per open scanner; reset() when the device goes away. */
export class HidPosReassembler {
  private parts: Buffer[] = []
  private size = 0
  private symbology: string | null = null

  reset(): void {
    this.parts = []
    this.size = 0
    this.symbology = null
  }

  /** Reports that are not scanned data (other report IDs) yield nothing. */
  push(report: Buffer): HidPosEvent[] {
    if (report[0] !== HID_POS.scannedDataReportId) return []
    const length = report[HID_POS.lengthOffset]
    if (
      length === undefined ||
      length > HID_POS.maxPayload ||
      report.length < HID_POS.payloadOffset + length
    ) {
      return this.fail(
        `a scanner report has an impossible length (${length ?? 'none'}); the scan was dropped`,
      )
    }
    const symbology = aimOf(report)
    const events: HidPosEvent[] = []
    if (this.parts.length > 0 && symbology !== this.symbology) {
      // A new barcode started before the last one finished: the partial one cannot be trusted.
      events.push(...this.fail('a scan was cut short by the next one and was dropped'))
    }
    this.symbology = symbology
    this.parts.push(report.subarray(HID_POS.payloadOffset, HID_POS.payloadOffset + length))
    this.size += length
    if (this.size > HID_POS.maxCodeBytes) {
      return [...events, ...this.fail('a scan never ended (more than 4096 bytes); it was dropped')]
    }
    const more = ((report[HID_POS.flagsOffset] ?? 0) & HID_POS.moreFlag) !== 0
    if (more) return events
    const code = Buffer.concat(this.parts)
      .toString('latin1')
      .replace(/[\r\n\0]+$/, '')
    this.reset()
    // An empty code (a bare suffix, a padding-only report) is not a scan.
    return code === '' ? events : [...events, { type: 'code', code, symbology }]
  }

  private fail(reason: string): HidPosEvent[] {
    this.reset()
    return [{ type: 'malformed', reason }]
  }
}

/** The AIM identifier (`]` + symbology letter + modifier) or null when the scanner sends none. */
function aimOf(report: Buffer): string | null {
  const aim = report.subarray(HID_POS.aimOffset, HID_POS.aimOffset + 3).toString('latin1')
  return /^\][\x21-\x7e]{2}$/.test(aim) ? aim : null
}
