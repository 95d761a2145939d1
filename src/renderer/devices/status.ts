// A device's status in words and colour, and what the close dialog may do with the scale. Pure, so the
// rules are unit-tested; components only lay them out.
import type { DeviceInfo, DeviceStatus, WeightReading } from '../../api/devices'
import type { Role } from '../../api/bagging'
import type { Translate } from '../i18n/languages'

/** The colour family of a status; the words always say the same thing, for those who cannot see it. */
export type StatusTone = 'ready' | 'busy' | 'off' | 'error'

export function statusTone(status: DeviceStatus): StatusTone {
  switch (status.state) {
    case 'ready':
      return 'ready'
    case 'connecting':
      return 'busy'
    case 'disconnected':
      return 'off'
    case 'error':
      return 'error'
  }
}

function clock(iso: string, language: string): string {
  return new Date(iso).toLocaleTimeString(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
}

/** The status as one line a person reads: "Connecting (attempt 3), next try in 2 s". */
export function statusWords(status: DeviceStatus, t: Translate, language: string): string {
  switch (status.state) {
    case 'ready':
      return `${t('devices.state.ready')} ${t('devices.state.readySince', { time: clock(status.since, language) })}`
    case 'connecting': {
      const head = t('devices.state.connecting', { attempt: status.attempt })
      if (status.nextRetryMs === null) return head
      const seconds = Math.max(1, Math.ceil(status.nextRetryMs / 1000))
      return `${head}, ${t('devices.state.nextRetry', { seconds })}`
    }
    case 'disconnected':
      return status.since === null
        ? t('devices.state.disconnected')
        : `${t('devices.state.disconnected')} ${t('devices.state.disconnectedSince', { time: clock(status.since, language) })}`
    case 'error':
      return t('devices.state.error', { reason: status.reason })
  }
}

/** What the close dialog knows about the scale, from the device list and the last `scale.read`. */
export type ScaleState =
  | { kind: 'unknown' }
  | { kind: 'none' }
  | { kind: 'notReady'; status: DeviceStatus }
  | { kind: 'failed' }
  | { kind: 'noReading' }
  | { kind: 'moving'; kg: number }
  | { kind: 'stable'; kg: number }

export type ScaleRead =
  { state: 'waiting' } | { state: 'failed' } | { state: 'read'; weight: WeightReading | null }

/**
 * `devices` null means the engine has not answered (or has no device support): a dialog must not then
 * claim there is a scale, so typing stays possible as before.
 */
export function scaleState(devices: readonly DeviceInfo[] | null, read: ScaleRead): ScaleState {
  if (devices === null) return { kind: 'unknown' }
  const scales = devices.filter((d) => d.kind === 'scale')
  if (scales.length === 0) return { kind: 'none' }
  const ready = scales.find((d) => d.status.state === 'ready')
  if (!ready) return { kind: 'notReady', status: scales[0]!.status }
  if (read.state === 'failed') return { kind: 'failed' }
  const weight = read.state === 'read' ? read.weight : ready.weight
  if (!weight) return { kind: 'noReading' }
  return weight.stable ? { kind: 'stable', kg: weight.kg } : { kind: 'moving', kg: weight.kg }
}

const SUPERVISING: readonly Role[] = ['supervisor', 'admin']

/** Whether this person may type a closing weight: anyone without a scale, only supervisors with one. */
export function mayTypeWeight(role: Role | null, scale: ScaleState): boolean {
  if (scale.kind === 'none' || scale.kind === 'unknown') return true
  return role !== null && SUPERVISING.includes(role)
}

/** A scale exists at this station (whatever its state): the weight is meant to come from it. */
export function hasScale(scale: ScaleState): boolean {
  return scale.kind !== 'none' && scale.kind !== 'unknown'
}

/**
 * Bytes as a person can read them in a diagnosis: printable ASCII as is, every control or odd byte
 * escaped (\r, \n, \t, \xNN). The engine already escapes; this keeps a stray byte from ever being drawn.
 */
export function printableBytes(raw: string): string {
  let out = ''
  for (const ch of raw) {
    const code = ch.codePointAt(0)!
    if (ch === '\r') out += '\\r'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`
    else out += ch
  }
  return out
}
