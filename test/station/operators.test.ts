import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Session } from '../../src/station'
import { newStation } from './fixtures'
import { refusal } from './refuse'

describe('operators and sessions', () => {
  it('signs an operator in with the right PIN and says nothing more than "no" otherwise', () => {
    const station = newStation()
    station.addOperator(station.defaultSession(), { id: 'amina', role: 'worker', pin: '4821', name: 'Amina' })
    const session = station.signIn('amina', '4821')
    expect(session.operator).toEqual({ id: 'amina', role: 'worker', name: 'Amina' })
    expect(session.token.length).toBeGreaterThanOrEqual(16)
    expect(station.session(session.token)).toEqual(session)

    const wrongPin = refusal(() => station.signIn('amina', '4822'))
    const unknown = refusal(() => station.signIn('nobody', '4821'))
    expect(wrongPin.code).toBe('unauthorized')
    expect(unknown.code).toBe('unauthorized')
    expect(unknown.message).toBe(wrongPin.message)
  })

  it('never lets the default operator sign in with a PIN', () => {
    const station = newStation()
    expect(station.defaultSession()).toBe(station.defaultSession())
    expect(refusal(() => station.signIn('station', '')).code).toBe('unauthorized')
    expect(refusal(() => station.signIn('station', '0000')).code).toBe('unauthorized')
  })

  it('ends a session on sign-out', () => {
    const station = newStation()
    station.addOperator(station.defaultSession(), { id: 'amina', role: 'worker', pin: '4821' })
    const session = station.signIn('amina', '4821')
    station.signOut(session.token)
    expect(refusal(() => station.session(session.token)).code).toBe('unauthorized')
    expect(
      refusal(() => station.openReceptacle(session, { destination: 'USORDA', category: 'A', subclass: 'UN' }))
        .code,
    ).toBe('unauthorized')
  })

  it('trusts the role it signed in, not one written into a session object', () => {
    const station = newStation()
    station.addOperator(station.defaultSession(), { id: 'amina', role: 'worker', pin: '4821' })
    const session = station.signIn('amina', '4821')
    const forged: Session = { ...session, operator: { ...session.operator, role: 'admin' } }
    expect(refusal(() => station.undo(forged, 1)).code).toBe('forbidden')
    const invented: Session = { token: 'x'.repeat(32), operator: { id: 'chloe', role: 'admin', name: null } }
    expect(refusal(() => station.addOperator(invented, { id: 'eve', role: 'admin', pin: '1234' })).code).toBe(
      'unauthorized',
    )
  })

  it('lets admins add anyone, supervisors anyone but admins, and nobody else add operators', () => {
    const station = newStation()
    const boot = station.defaultSession()
    station.addOperator(boot, { id: 'chloe', role: 'admin', pin: '9902' })
    station.addOperator(boot, { id: 'bruno', role: 'supervisor', pin: '7315' })
    station.addOperator(boot, { id: 'olga', role: 'oe', pin: '1122' })
    const admin = station.signIn('chloe', '9902')
    const supervisor = station.signIn('bruno', '7315')
    const oe = station.signIn('olga', '1122')

    expect(station.addOperator(admin, { id: 'root2', role: 'admin', pin: '5555' }).role).toBe('admin')
    expect(station.addOperator(supervisor, { id: 'amina', role: 'worker', pin: '4821' }).role).toBe('worker')
    const noAdmin = refusal(() => station.addOperator(supervisor, { id: 'eve', role: 'admin', pin: '1234' }))
    expect(noAdmin.code).toBe('forbidden')
    expect(noAdmin.message).toMatch(/needs an admin/)
    const staff = refusal(() => station.addOperator(oe, { id: 'eve', role: 'worker', pin: '1234' }))
    expect(staff.code).toBe('forbidden')
    expect(staff.message).toMatch(/supervisor or an admin/)
  })

  it('refuses a short PIN, an unusable id and an id already taken', () => {
    const station = newStation()
    const boot = station.defaultSession()
    expect(refusal(() => station.addOperator(boot, { id: 'amina', role: 'worker', pin: '123' })).code).toBe(
      'invalid',
    )
    expect(refusal(() => station.addOperator(boot, { id: 'amina', role: 'worker', pin: '12a4' })).code).toBe(
      'invalid',
    )
    expect(refusal(() => station.addOperator(boot, { id: 'a b', role: 'worker', pin: '1234' })).code).toBe(
      'invalid',
    )
    station.addOperator(boot, { id: 'amina', role: 'worker', pin: '4821' })
    const taken = refusal(() => station.addOperator(boot, { id: 'amina', role: 'oe', pin: '4821' }))
    expect(taken.code).toBe('conflict')
    expect(refusal(() => station.addOperator(boot, { id: 'station', role: 'admin', pin: '4821' })).code).toBe(
      'conflict',
    )
  })

  it('records who added whom in the event log', () => {
    const station = newStation()
    station.addOperator(station.defaultSession(), { id: 'amina', role: 'worker', pin: '4821' })
    expect(station.events().at(-1)).toMatchObject({
      type: 'operator.add',
      operator: 'station',
      code: 'amina',
    })
  })

  it('never stores a PIN in clear', () => {
    const station = newStation()
    const pin = '80417263'
    station.addOperator(station.defaultSession(), { id: 'amina', role: 'worker', pin })
    station.signIn('amina', pin)
    station.close()
    const files = readdirSync(station.dataDir).filter((f) => f.startsWith('station.db'))
    expect(files).toContain('station.db')
    for (const file of files) {
      const bytes = readFileSync(join(station.dataDir, file))
      expect(bytes.includes(Buffer.from(pin, 'utf8'))).toBe(false)
      expect(bytes.includes(Buffer.from(pin, 'utf16le'))).toBe(false)
    }
  })
})
