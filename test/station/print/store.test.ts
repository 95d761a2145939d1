import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { LATEST_VERSION } from '../../../src/station/migrations'
import { migrate } from '../../../src/station/migrations/migrate'
import { PrintStore, publicJob, type NewJob } from '../../../src/station/print/store'

let db: Database.Database
afterEach(() => db?.close())

function store(): PrintStore {
  db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, LATEST_VERSION)
  return new PrintStore(db)
}

const T0 = '2026-03-14T09:30:00.000Z'
const T1 = '2026-03-14T09:30:05.000Z'

function job(over: Partial<NewJob> = {}): NewJob {
  return {
    kind: 'file',
    subject: 'test.zpl',
    receptacle: null,
    printer: null,
    label: { zpl: '^XA^FDhello^FS^XZ', widthMm: 101.6, heightMm: 152.4, dpmm: 8 },
    reprintOf: null,
    at: T0,
    by: 'amina',
    ...over,
  }
}

const zebra = { id: 'bench-1', name: 'Bench 1', uri: 'tcp:10.0.0.5', dpi: 203 as const, isDefault: true }

describe('PrintStore: jobs', () => {
  it('queues a job with its exact label and reads it back', () => {
    const s = store()
    const added = s.add(job({ reason: 'Printed with printer fonts: Ω' }))
    expect(added).toEqual({
      id: 1,
      kind: 'file',
      subject: 'test.zpl',
      receptacle: null,
      printer: null,
      state: 'queued',
      reason: 'Printed with printer fonts: Ω',
      attempts: 0,
      reprintOf: null,
      createdAt: T0,
      createdBy: 'amina',
      updatedAt: T0,
      printedAt: null,
      notBefore: null,
      label: { zpl: '^XA^FDhello^FS^XZ', widthMm: 101.6, heightMm: 152.4, dpmm: 8 },
    })
    expect(s.get(1)).toEqual(added)
    expect(s.get(2)).toBeNull()
  })

  it('shows faces the job without its ZPL', () => {
    const s = store()
    const shown = publicJob(s.add(job()))
    expect(shown).not.toHaveProperty('label')
    expect(shown).not.toHaveProperty('notBefore')
    expect(shown).toMatchObject({ id: 1, state: 'queued' })
  })

  it('lists the newest first, all or one receptacle’s', () => {
    const s = store()
    db.exec(`
      INSERT INTO dispatch (id, origin, destination, category, subclass, year, number, state, opened_at, closed_at) VALUES ('FRCDGAUSORDAAUN60001', 'FRCDGA', 'USORDA', 'A', 'UN', 2026, 1, 'open', 't', NULL);
      INSERT INTO receptacle (handle, dispatch_id, serial, state, weight_limit_kg, opened_at, opened_by)
        VALUES (7, 'FRCDGAUSORDAAUN60001', 1, 'open', 30, 't', 'station');
    `)
    s.add(job())
    s.add(job({ kind: 'receptacle', subject: 'S9', receptacle: 7 }))
    s.add(job())
    expect(s.list(10).map((j) => j.id)).toEqual([3, 2, 1])
    expect(s.list(2).map((j) => j.id)).toEqual([3, 2])
    expect(s.list(10, 7).map((j) => j.id)).toEqual([2])
    expect(s.list(10, 8)).toEqual([])
  })

  it('gives the runner the oldest waiting job for a printer: its own, or the default’s when it is the default', () => {
    const s = store()
    const forAnyDefault = s.add(job())
    const forBench2 = s.add(job({ printer: 'bench-2' }))
    expect(s.next('bench-1', T0, true)?.id).toBe(forAnyDefault.id)
    expect(s.next('bench-1', T0, false)).toBeNull()
    expect(s.next('bench-2', T0, false)?.id).toBe(forBench2.id)
    expect(s.next('bench-2', T0, true)?.id).toBe(forAnyDefault.id)
  })

  it('skips jobs that wait for a later retry, and jobs that are not queued', () => {
    const s = store()
    const first = s.add(job())
    const second = s.add(job())
    s.save({ ...first, notBefore: T1 })
    expect(s.next('p', T0, true)?.id).toBe(second.id)
    s.save({ ...s.get(second.id)!, state: 'sending' })
    expect(s.next('p', T0, true)).toBeNull()
    expect(s.next('p', T1, true)?.id).toBe(first.id)
    for (const state of ['printed', 'uncertain', 'canceled'] as const) {
      s.save({ ...s.get(first.id)!, state })
      expect(s.next('p', T1, true)).toBeNull()
    }
  })

  it('finds the jobs left sending, oldest first', () => {
    const s = store()
    const a = s.add(job())
    s.add(job())
    const c = s.add(job())
    s.save({ ...c, state: 'sending' })
    s.save({ ...a, state: 'sending' })
    expect(s.sending().map((j) => j.id)).toEqual([a.id, c.id])
  })

  it('saves state, reason, attempts, retry time, printer and times, and nothing else', () => {
    const s = store()
    const a = s.add(job())
    const saved = s.save({
      ...a,
      state: 'printed',
      reason: 'done',
      attempts: 3,
      notBefore: T1,
      printer: 'bench-1',
      updatedAt: T1,
      printedAt: T1,
      subject: 'changed?',
      label: { ...a.label, zpl: '^XA^XZ' },
    })
    expect(saved).toMatchObject({
      state: 'printed',
      reason: 'done',
      attempts: 3,
      notBefore: T1,
      printer: 'bench-1',
      updatedAt: T1,
      printedAt: T1,
      subject: 'test.zpl',
      createdAt: T0,
    })
    expect(saved.label.zpl).toBe('^XA^FDhello^FS^XZ')
  })

  it('points a reprint at a job that exists', () => {
    const s = store()
    const first = s.add(job())
    expect(s.add(job({ reprintOf: first.id })).reprintOf).toBe(first.id)
    expect(() => s.add(job({ reprintOf: 99 }))).toThrow(/FOREIGN KEY/)
  })
})

describe('PrintStore: printers', () => {
  it('saves, changes and removes printers, the default first', () => {
    const s = store()
    expect(s.printers()).toEqual([])
    expect(s.defaultPrinter()).toBeNull()
    s.savePrinter({ id: 'bench-2', name: 'Aisle', uri: 'usb:/dev/usb/lp0', dpi: 300, isDefault: false }, T0)
    expect(s.savePrinter(zebra, T0)).toEqual(zebra)
    expect(s.printers().map((p) => p.id)).toEqual(['bench-1', 'bench-2'])
    expect(s.defaultPrinter()).toEqual(zebra)
    expect(s.savePrinter({ ...zebra, name: 'Bench one', uri: 'tcp:10.0.0.6:9100' }, T1)).toEqual({
      ...zebra,
      name: 'Bench one',
      uri: 'tcp:10.0.0.6:9100',
    })
    expect(s.printers()).toHaveLength(2)
    expect(s.removePrinter('bench-1')).toBe(true)
    expect(s.removePrinter('bench-1')).toBe(false)
    expect(s.printer('bench-1')).toBeNull()
    expect(s.defaultPrinter()).toBeNull()
  })

  it('keeps one default: saving a second default clears the first', () => {
    const s = store()
    s.savePrinter(zebra, T0)
    s.savePrinter({ id: 'bench-2', name: 'Bench 2', uri: 'tcp:10.0.0.7', dpi: 300, isDefault: true }, T0)
    expect(s.printers().map((p) => [p.id, p.isDefault])).toEqual([
      ['bench-2', true],
      ['bench-1', false],
    ])
    // Saving the default again leaves it the default.
    s.savePrinter({ id: 'bench-2', name: 'Bench 2', uri: 'tcp:10.0.0.7', dpi: 300, isDefault: true }, T1)
    expect(s.defaultPrinter()?.id).toBe('bench-2')
  })
})
