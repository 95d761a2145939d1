// The audit of a closing weight: whether it came from the scale or was typed, and by whom.
import { describe, expect, it } from 'vitest'
import type { CloseRequest } from '../../src/station/types'
import { CHICAGO, crew, newStation } from './fixtures'
import { refusal } from './refuse'

const toChicago = { destination: CHICAGO, category: 'A', subclass: 'UN' }

function closeEvent(station: ReturnType<typeof newStation>) {
  const event = station.events().find((e) => e.type === 'receptacle.close')
  expect(event).toBeDefined()
  return event!
}

describe('closing a receptacle records where its weight came from', () => {
  it('records a weight from the scale as such, without naming a typist', () => {
    const station = newStation()
    const { worker } = crew(station)
    station.openReceptacle(worker, toChicago)
    station.closeReceptacle(worker, { weightKg: 12.4, weightSource: 'scale', last: false })
    const event = closeEvent(station)
    expect(event.operator).toBe('amina')
    expect(event.detail).toMatchObject({ weightKg: 12.4, weightSource: 'scale' })
    expect(event.detail).not.toHaveProperty('manualBy')
    expect(event.reason).toContain('12.4 kg from the scale')
  })

  it('records a typed weight by a supervisor with the role that typed it', () => {
    const station = newStation()
    const { supervisor } = crew(station)
    station.openReceptacle(supervisor, toChicago)
    station.closeReceptacle(supervisor, { weightKg: 8, weightSource: 'manual', last: false })
    expect(closeEvent(station).detail).toMatchObject({
      weightSource: 'manual',
      manualBy: 'supervisor',
      supervised: true,
    })
  })

  it('records a typed weight by a worker as not supervised, so an audit finds it', () => {
    const station = newStation()
    const { worker } = crew(station)
    station.openReceptacle(worker, toChicago)
    station.closeReceptacle(worker, { weightKg: 3.2, weightSource: 'manual', last: false })
    const event = closeEvent(station)
    expect(event.detail).toMatchObject({ weightSource: 'manual', manualBy: 'worker', supervised: false })
    expect(event.reason).toContain('typed by amina (worker, not a supervisor)')
  })

  it('treats a request without a source as typed, so `station receptacle close --weight` keeps working', () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    const closed = station.closeReceptacle(by, { weightKg: 21.9, last: true })
    expect(closed.receptacle.state).toBe('closed')
    expect(closeEvent(station).detail).toMatchObject({ weightSource: 'manual', manualBy: 'oe' })
  })

  it('refuses a source that is neither the scale nor typed, and closes nothing', () => {
    const station = newStation()
    const by = station.defaultSession()
    const { receptacle } = station.openReceptacle(by, toChicago)
    const odd = { weightKg: 5, weightSource: 'guess', last: false } as unknown as CloseRequest
    const error = refusal(() => station.closeReceptacle(by, odd))
    expect(error.message).toMatch(/"scale" or "manual"/)
    expect(station.getReceptacle(receptacle.handle).receptacle.state).toBe('open')
  })
})
