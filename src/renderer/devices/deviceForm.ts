// The device settings as a person edits them (numbers as typed, the AIM list as one line) and back to
// the contract's DeviceConfig, with each mistake named by its field before anything is sent.
import type { DeviceConfig } from '../../api/devices'
import type { MessageKey } from '../i18n/en'

type SerialConfig = Extract<DeviceConfig, { transport: 'serial' }>
type HidConfig = Extract<DeviceConfig, { transport: 'hid' }>
export type Framing = SerialConfig['framing']
export type ScaleProtocol = NonNullable<SerialConfig['protocol']>

export const FRAMINGS: readonly Framing[] = ['cr', 'crlf', 'lf', 'timeout']
export const PROTOCOLS: readonly ScaleProtocol[] = ['sics', 'toledo8217', 'cas']
export const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] as const

export type DeviceDraft =
  | {
      transport: 'serial'
      id: string
      kind: 'scanner' | 'scale'
      path: string
      baud: string
      framing: Framing
      protocol: ScaleProtocol
      accept: string
      hostAck: boolean
      match: SerialConfig['match']
    }
  | { transport: 'simulated'; id: string; kind: 'scanner' | 'scale'; rate: string }
  /** Set up elsewhere (CLI, discovery): shown and kept, not edited here. */
  | { transport: 'hid'; id: string; kind: 'scanner'; config: HidConfig }

export function toDraft(config: DeviceConfig): DeviceDraft {
  switch (config.transport) {
    case 'serial':
      return {
        transport: 'serial',
        id: config.id,
        kind: config.kind,
        path: config.path,
        baud: String(config.baudRate),
        framing: config.framing,
        protocol: config.protocol ?? 'sics',
        accept: config.acceptSymbologies.join(' '),
        hostAck: config.hostAck,
        match: config.match,
      }
    case 'simulated':
      return { transport: 'simulated', id: config.id, kind: config.kind, rate: String(config.ratePerMinute) }
    case 'hid':
      return { transport: 'hid', id: config.id, kind: 'scanner', config }
  }
}

function freeId(drafts: readonly DeviceDraft[], base: string): string {
  const taken = new Set(drafts.map((d) => d.id))
  for (let n = 1; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

export function newDraft(
  drafts: readonly DeviceDraft[],
  kind: 'scanner' | 'scale',
  transport: 'serial' | 'simulated',
): DeviceDraft {
  if (transport === 'simulated') {
    return { transport, kind, id: freeId(drafts, `sim-${kind}`), rate: kind === 'scale' ? '30' : '20' }
  }
  return {
    transport,
    kind,
    id: freeId(drafts, kind),
    path: '',
    baud: '9600',
    framing: 'cr',
    protocol: 'sics',
    accept: '',
    hostAck: false,
    match: null,
  }
}

export type DraftProblem = { field: MessageKey; id: string } | { duplicate: string }

const AIM = /^\][A-Za-z][0-9A-Za-z]$/

/** The contract's configs, or every field a person must fix (by device and field name). */
export function fromDrafts(
  drafts: readonly DeviceDraft[],
): { ok: true; devices: DeviceConfig[] } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = []
  const devices: DeviceConfig[] = []
  const seen = new Set<string>()
  for (const draft of drafts) {
    const id = draft.id.trim()
    if (!/^[\w.-]{1,64}$/.test(id)) problems.push({ field: 'deviceConfig.id', id: draft.id })
    else if (seen.has(id)) problems.push({ duplicate: id })
    seen.add(id)
    switch (draft.transport) {
      case 'hid':
        devices.push(draft.config)
        break
      case 'simulated': {
        const rate = Number(draft.rate.trim().replace(',', '.'))
        if (!(rate > 0 && rate <= 6000)) problems.push({ field: 'deviceConfig.rate', id })
        devices.push({ id, kind: draft.kind, transport: 'simulated', ratePerMinute: rate })
        break
      }
      case 'serial': {
        const path = draft.path.trim()
        const baud = Number(draft.baud.trim())
        const accept = draft.accept.split(/[\s,]+/).filter(Boolean)
        if (!path || path.length > 300) problems.push({ field: 'deviceConfig.path', id })
        if (!(Number.isInteger(baud) && baud > 0)) problems.push({ field: 'deviceConfig.baud', id })
        if (draft.kind === 'scanner' && !accept.every((a) => AIM.test(a)))
          problems.push({ field: 'deviceConfig.accept', id })
        devices.push({
          id,
          kind: draft.kind,
          transport: 'serial',
          path,
          baudRate: baud,
          framing: draft.framing,
          ...(draft.kind === 'scale' ? { protocol: draft.protocol } : {}),
          acceptSymbologies: draft.kind === 'scanner' ? accept : [],
          hostAck: draft.kind === 'scanner' && draft.hostAck,
          match: draft.match,
        })
        break
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, devices }
}
