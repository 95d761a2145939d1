// CAS continuous output (HARDWARE.md 4c): the scale prints a line on its own several times a second, e.g.
// `ST,GS,+  1.500kg`. First field: ST stable, US unstable, OL overload. Middle fields (GS gross, NT net,
// and on some models a device number) do not change the reading. The exact per-model framing is
// UNCONFIRMED, so everything that varies is kept in CAS_FORMAT.
import { LineFramer, printableTail } from './lines'
import { type ScaleFrame, type ScaleProtocol } from './types'
import { isKnownUnit, toKg } from './units'

export const CAS_FORMAT = {
  /** Status field → stability; OL carries no trustworthy number. */
  stable: { ST: true, US: false } as Readonly<Record<string, boolean>>,
  overload: 'OL',
  /** Sign, digits, then the unit letters, spaces allowed anywhere between: `+  1.500kg`, `- 0.20 lb`. */
  weight: /^([+-]?)\s*(\d+\.?\d*|\.\d+)\s*([A-Za-z]+)$/,
} as const

export function createCasProtocol(): ScaleProtocol {
  const framer = new LineFramer()
  return {
    kind: 'cas',
    poll: () => null,
    feed: (chunk) => framer.push(chunk).flatMap((line) => parseCasLine(printableTail(line))),
  }
}

export function parseCasLine(raw: string): ScaleFrame[] {
  const fields = raw.split(',').map((field) => field.trim())
  if (fields.length < 3) return []
  const [status] = fields as [string]
  if (status === CAS_FORMAT.overload) {
    return [{ type: 'error', reason: 'overload: the load is above the scale capacity', raw }]
  }
  const stable = CAS_FORMAT.stable[status]
  const match = CAS_FORMAT.weight.exec(fields[fields.length - 1] as string)
  if (stable === undefined || match === null) return []
  const [, sign, digits, unit] = match as unknown as [string, string, string, string]
  if (!isKnownUnit(unit))
    return [{ type: 'error', reason: `the scale weighs in an unknown unit "${unit}"`, raw }]
  return [{ type: 'weight', kg: toKg(`${sign}${digits}`, unit) as number, stable, raw }]
}
