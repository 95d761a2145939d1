// What a busy bagging station's scanner sends: registered and parcel items with correct check digits,
// AIM-prefixed, CR-terminated, split across chunks as a USB-serial adapter does; now and then the same
// item again (the engine answers "duplicate") and a misread whose check digit is wrong (invalid id).
import { formatS10 } from '../../core/ids'
import type { SimulatedDevice } from './binding'

const SERVICES = ['RR', 'RR', 'CP', 'UA', 'EE', 'LX'] as const
const COUNTRIES = ['FR', 'FR', 'DE', 'GB', 'US', 'CH'] as const

export function simulatedItem(n: number): string {
  return formatS10(
    SERVICES[n % SERVICES.length]!,
    String(10_000_000 + n * 37).slice(-8),
    COUNTRIES[n % COUNTRIES.length]!,
  )
}

/** Changes the check digit so the code is a realistic misread. */
function misread(code: string): string {
  const digit = (Number(code[10]) + 3) % 10
  return code.slice(0, 10) + String(digit) + code.slice(11)
}

export function startScannerTraffic(device: SimulatedDevice, ratePerMinute: number): () => void {
  let n = 0
  // Registered letters already bagged: the ones a worker most often scans twice.
  const bagged: string[] = []
  const tick = () => {
    n++
    let code = simulatedItem(n)
    if (n % 11 === 0 && bagged.length > 0) code = bagged[0]!
    else if (n % 17 === 0) code = misread(code)
    else if (code.startsWith('RR')) bagged.push(code)
    if (bagged.length > 10) bagged.shift()
    const bytes = Buffer.from(`]C0${code}\r`, 'latin1')
    const cut = 1 + (n % (bytes.length - 1))
    device.emitData(bytes.subarray(0, cut))
    setTimeout(() => device.emitData(bytes.subarray(cut)), 3)
  }
  const timer = setInterval(tick, Math.max(10, 60_000 / ratePerMinute))
  timer.unref()
  return () => clearInterval(timer)
}
