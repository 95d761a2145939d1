// A simulated MT-SICS scale under the bagging station: empty, then a bag is set down and the reading
// swings (S D) before it settles (S S), stays a while, and is lifted off. Answers S and SI polls.
import type { SimulatedDevice } from './binding'

function sicsLine(stable: boolean, kg: number): string {
  return `S ${stable ? 'S' : 'D'} ${kg.toFixed(3).padStart(10)} kg\r\n`
}

export function startScaleTraffic(device: SimulatedDevice, changesPerMinute: number): () => void {
  const cycleMs = Math.max(2000, 60_000 / changesPerMinute)
  const started = Date.now()
  let bag = 0
  const reading = (): { stable: boolean; kg: number } => {
    const t = (Date.now() - started) % cycleMs
    const cycle = Math.floor((Date.now() - started) / cycleMs)
    if (cycle !== bag) bag = cycle
    const kg = 2 + ((bag * 7919) % 1500) / 100 // 2.00 … 16.99 kg: a bag of letters to one of parcels
    if (t < cycleMs * 0.2) return { stable: true, kg: 0 }
    if (t < cycleMs * 0.35) return { stable: false, kg: kg + (Math.random() - 0.5) * 0.4 }
    if (t < cycleMs * 0.9) return { stable: true, kg }
    return { stable: false, kg: kg * Math.random() }
  }
  return device.onWrite((data) => {
    const command = data.toString('latin1').trim()
    if (command !== 'S' && command !== 'SI') return
    const r = reading()
    // S waits for a stable weight; here it answers "not now" rather than block the simulator.
    const line = command === 'S' && !r.stable ? 'S I\r\n' : sicsLine(r.stable, r.kg)
    setTimeout(() => device.emitData(line), 5)
  })
}
