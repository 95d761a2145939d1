import { afterAll, describe, expect, it } from 'vitest'
import { code128Symbol } from '../../../src/core/labels'
import { closePreviewRenderer } from '../../../src/station/labels'
import { crew, manualClock, newStation, sqlite } from '../fixtures'
import { decodeBarcodes } from '../labels/zbar'
import { refusal } from '../refuse'
import { BENCH, closeBag, handBench, jobBecomes, jobOf, storedJob, toChicago } from './fixtures'

afterAll(() => closePreviewRenderer())

describe('closing a receptacle queues its label', () => {
  it('queues exactly one receptacle job in the close’s own commit, by the closing operator', () => {
    const station = newStation()
    const { worker } = crew(station)
    const { handle, s9, job } = closeBag(station, worker, 12.3)
    expect(station.printJobs(50)).toEqual([job])
    expect(job).toMatchObject({
      kind: 'receptacle',
      subject: s9,
      receptacle: handle,
      printer: null,
      state: 'queued',
      attempts: 0,
      reprintOf: null,
      createdBy: 'amina',
      printedAt: null,
    })
    // The label carries the S9 as its Code 128 data.
    expect(storedJob(station, job.id).zpl).toContain(`^FD${code128Symbol(s9).fieldData}^FS`)
    const queued = station.events().filter((e) => e.type === 'label.queued')
    expect(queued).toEqual([
      expect.objectContaining({ operator: 'amina', code: s9, receptacle: handle, detail: { job: job.id } }),
    ])
    // Same commit: the close event and the queued event are neighbours in the log.
    const types = station.events().map((e) => e.type)
    expect(types.slice(types.indexOf('receptacle.close'))).toEqual(['receptacle.close', 'label.queued'])
  })

  it('does not close the receptacle when its label cannot be queued (one commit for both)', () => {
    const station = newStation()
    const by = station.defaultSession()
    const { receptacle } = station.openReceptacle(by, toChicago)
    const db = sqlite(station)
    db.exec(
      `CREATE TRIGGER no_jobs BEFORE INSERT ON print_job BEGIN SELECT RAISE(ABORT, 'queue broken'); END`,
    )
    expect(() => station.closeReceptacle(by, { weightKg: 3, last: false })).toThrow(/queue broken/)
    expect(station.getReceptacle(receptacle.handle).receptacle.state).toBe('open')
    expect(station.events().map((e) => e.type)).not.toContain('receptacle.close')
    expect(db.prepare(`SELECT state FROM receptacle`).pluck().get()).toBe('open')
    db.exec('DROP TRIGGER no_jobs')
    const closed = station.closeReceptacle(by, { weightKg: 3, last: false }).receptacle
    expect(closed).toMatchObject({ handle: receptacle.handle, state: 'closed' })
    expect(station.printJobs(10, receptacle.handle)).toHaveLength(1)
  })

  it('never leaves a closed receptacle without a job, nor a job without a closed receptacle', () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    // A refused close (no weight) queues nothing.
    expect(refusal(() => station.closeReceptacle(by, { weightKg: 0, last: false })).code).toBe('invalid')
    expect(station.printJobs(50)).toEqual([])
    closeBag(station, by)
    closeBag(station, by)
    const db = sqlite(station)
    const orphans = db
      .prepare(
        `SELECT count(*) FROM receptacle r WHERE r.state = 'closed'
           AND NOT EXISTS (SELECT 1 FROM print_job j WHERE j.receptacle = r.handle AND j.kind = 'receptacle')`,
      )
      .pluck()
      .get()
    expect(orphans).toBe(0)
    expect(
      db
        .prepare(
          `SELECT count(*) FROM print_job j JOIN receptacle r ON r.handle = j.receptacle WHERE r.state <> 'closed'`,
        )
        .pluck()
        .get(),
    ).toBe(0)
    expect(db.prepare(`SELECT count(*) FROM print_job`).pluck().get()).toBe(2)
  })

  it('builds the label at the default printer’s resolution', () => {
    const station = newStation()
    const by = station.defaultSession()
    expect(storedJob(station, closeBag(station, by).job.id).zpl).toMatch(/^\^XA/)
    const first = sqlite(station).prepare('SELECT dpmm FROM print_job').pluck().get()
    expect(first).toBe(8)
    station.savePrinter(by, { ...BENCH, dpi: 300 })
    const { job } = closeBag(station, by)
    expect(sqlite(station).prepare('SELECT dpmm FROM print_job WHERE id = ?').pluck().get(job.id)).toBe(12)
  })

  it('previews the job: a PNG whose barcode reads back as the receptacle’s S9', async () => {
    const station = newStation()
    const { s9, job } = closeBag(station, station.defaultSession())
    const preview = await station.previewJob(job.id)
    expect(preview.png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(preview.widthMm).toBeGreaterThan(0)
    expect(preview.heightMm).toBeGreaterThan(0)
    expect(await decodeBarcodes(preview.png)).toContain(s9)
    await expect(station.previewJob(999)).rejects.toMatchObject({ code: 'not_found' })
  })
})

describe('printers', () => {
  it('need a supervisor, exchange-office staff or an admin to be set up or removed', () => {
    const station = newStation()
    const { worker, supervisor, admin } = crew(station)
    const refused = refusal(() => station.savePrinter(worker, BENCH))
    expect(refused.code).toBe('forbidden')
    expect(refused.message).toContain('amina')
    expect(station.printers()).toEqual([])
    expect(station.savePrinter(supervisor, BENCH)).toMatchObject({
      ...BENCH,
      condition: { state: 'unknown' },
      checkedAt: null,
    })
    expect(station.savePrinter(station.defaultSession(), { ...BENCH, name: 'Bench one' }).name).toBe(
      'Bench one',
    )
    expect(refusal(() => station.removePrinter(worker, BENCH.id)).code).toBe('forbidden')
    station.removePrinter(admin, BENCH.id)
    expect(station.printers()).toEqual([])
    expect(refusal(() => station.removePrinter(admin, BENCH.id)).code).toBe('not_found')
    expect(station.events().filter((e) => e.type.startsWith('printer.'))).toEqual([
      expect.objectContaining({ type: 'printer.saved', operator: 'bruno', code: BENCH.id }),
      expect.objectContaining({ type: 'printer.saved', operator: 'station', code: BENCH.id }),
      expect.objectContaining({ type: 'printer.removed', operator: 'chloe', code: BENCH.id }),
    ])
  })

  it('keeps one default: saving a second default clears the first', () => {
    const station = newStation()
    const by = station.defaultSession()
    station.savePrinter(by, BENCH)
    station.savePrinter(by, { ...BENCH, id: 'bench-2', name: 'Bench 2', uri: 'tcp:10.1.1.2' })
    expect(station.printers().map((p) => [p.id, p.isDefault])).toEqual([
      ['bench-2', true],
      ['bench-1', false],
    ])
  })

  it('refuses a printer that is not one', () => {
    const station = newStation()
    const by = station.defaultSession()
    expect(refusal(() => station.savePrinter(by, { ...BENCH, id: 'no spaces' })).code).toBe('invalid')
    expect(refusal(() => station.savePrinter(by, { ...BENCH, dpi: 600 as 300 })).code).toBe('invalid')
  })

  it('cannot be checked by a station that is not connected to its printers', async () => {
    const station = newStation()
    station.savePrinter(station.defaultSession(), BENCH)
    await expect(station.checkPrinter(BENCH.id)).rejects.toMatchObject({ code: 'invalid' })
  })

  it('are checked through the port when attached, and the condition is shown', async () => {
    const station = newStation()
    const bench = handBench()
    station.savePrinter(station.defaultSession(), BENCH)
    station.attachPrinters(bench.connector, { pollMs: 10_000, statusEveryMs: 60_000 })
    bench.printer().condition = { state: 'head-open' }
    expect(await station.checkPrinter(BENCH.id)).toMatchObject({
      condition: { state: 'head-open' },
      checkedAt: expect.any(String),
    })
    expect(station.printers()[0]!.condition).toEqual({ state: 'head-open' })
    await expect(station.checkPrinter('nope')).rejects.toMatchObject({ code: 'not_found' })
  })
})

describe('reprint, confirm and cancel', () => {
  it('reprints a printed label as a new job pointing at the first, with operator and reason in the log', async () => {
    const station = newStation()
    const { worker, supervisor } = crew(station)
    const bench = handBench()
    station.savePrinter(supervisor, BENCH)
    station.attachPrinters(bench.connector, { pollMs: 10 })
    const { s9, handle, job } = closeBag(station, worker)
    await jobBecomes(station, job.id, { state: 'printed' })

    const again = station.reprint(worker, job.id, { reason: 'label torn' })
    expect(again).toMatchObject({
      kind: 'receptacle',
      subject: s9,
      receptacle: handle,
      reprintOf: job.id,
      createdBy: 'amina',
      state: 'queued',
    })
    expect(again.id).not.toBe(job.id)
    expect(storedJob(station, again.id).zpl).toBe(storedJob(station, job.id).zpl)
    expect(station.events().filter((e) => e.type === 'label.reprint')).toEqual([
      expect.objectContaining({
        operator: 'amina',
        code: s9,
        receptacle: handle,
        reason: expect.stringContaining('label torn'),
        detail: { job: again.id, reprintOf: job.id, reason: 'label torn' },
      }),
    ])
    await jobBecomes(station, again.id, { state: 'printed' })
    expect(bench.printer().calls).toHaveLength(2)
    // The first job stays printed: a reprint does not rewrite what happened.
    expect(jobOf(station, job.id).state).toBe('printed')
  })

  it('refuses to reprint a job that is still queued or being sent', async () => {
    const station = newStation()
    const by = station.defaultSession()
    const { job } = closeBag(station, by)
    const queued = refusal(() => station.reprint(by, job.id))
    expect(queued.code).toBe('conflict')
    expect(queued.message).toContain('queued')

    const bench = handBench()
    const held = bench.printer().hold()
    station.savePrinter(by, BENCH)
    station.attachPrinters(bench.connector, { pollMs: 10 })
    await jobBecomes(station, job.id, { state: 'sending' })
    expect(refusal(() => station.reprint(by, job.id)).message).toContain('sending')
    expect(refusal(() => station.cancelPrint(by, job.id)).code).toBe('conflict')
    expect(station.printJobs(50)).toHaveLength(1)
    held.finish({ outcome: 'printed' })
    await jobBecomes(station, job.id, { state: 'printed' })
    expect(refusal(() => station.reprint(by, 999)).code).toBe('not_found')
    expect(refusal(() => station.reprint(by, job.id, { printer: 'nope' })).code).toBe('not_found')
  })

  it('settles an uncertain job when it is reprinted: the first one is canceled, the reprint prints once', async () => {
    const station = newStation()
    const { worker } = crew(station)
    const by = station.defaultSession()
    const bench = handBench()
    bench.printer().script.push({ outcome: 'uncertain', reason: 'The connection dropped.' })
    station.savePrinter(by, BENCH)
    station.attachPrinters(bench.connector, { pollMs: 10 })
    const { job } = closeBag(station, worker)
    await jobBecomes(station, job.id, { state: 'uncertain' })
    const again = station.reprint(worker, job.id, { reason: 'nothing came out' })
    expect(jobOf(station, job.id)).toMatchObject({
      state: 'canceled',
      reason: `Reprinted as job ${again.id} by amina`,
    })
    await jobBecomes(station, again.id, { state: 'printed' })
    expect(bench.printer().calls).toHaveLength(2)
  })

  it('confirms only an uncertain job, audited', async () => {
    const station = newStation()
    const { worker } = crew(station)
    const by = station.defaultSession()
    const { job } = closeBag(station, worker)
    expect(refusal(() => station.confirmPrinted(worker, job.id)).code).toBe('conflict')
    const bench = handBench()
    bench.printer().script.push({ outcome: 'uncertain', reason: 'The connection dropped.' })
    station.savePrinter(by, BENCH)
    station.attachPrinters(bench.connector, { pollMs: 10 })
    await jobBecomes(station, job.id, { state: 'uncertain' })
    expect(station.confirmPrinted(worker, job.id)).toMatchObject({
      state: 'printed',
      reason: 'Confirmed printed by amina',
      printedAt: expect.any(String),
    })
    expect(refusal(() => station.confirmPrinted(worker, job.id)).code).toBe('conflict')
    expect(station.events().filter((e) => e.type === 'label.confirmed')).toEqual([
      expect.objectContaining({ operator: 'amina', detail: { job: job.id } }),
    ])
    expect(bench.printer().calls).toHaveLength(1)
  })

  it('cancels only a queued or uncertain job, audited', async () => {
    const station = newStation()
    const { worker } = crew(station)
    const by = station.defaultSession()
    const waiting = closeBag(station, worker).job
    expect(station.cancelPrint(worker, waiting.id)).toMatchObject({
      state: 'canceled',
      reason: 'Canceled by amina',
    })
    expect(refusal(() => station.cancelPrint(worker, waiting.id)).code).toBe('conflict')

    const bench = handBench()
    bench.printer().script.push({ outcome: 'uncertain', reason: 'The connection dropped.' })
    station.savePrinter(by, BENCH)
    station.attachPrinters(bench.connector, { pollMs: 10 })
    const unsure = closeBag(station, worker).job
    await jobBecomes(station, unsure.id, { state: 'uncertain' })
    expect(station.cancelPrint(worker, unsure.id).state).toBe('canceled')
    const done = closeBag(station, worker).job
    await jobBecomes(station, done.id, { state: 'printed' })
    expect(refusal(() => station.cancelPrint(worker, done.id)).code).toBe('conflict')
    expect(station.events().filter((e) => e.type === 'label.canceled')).toHaveLength(2)
    // The canceled job was never sent.
    expect(bench.printer().calls).toHaveLength(2)
  })
})

describe('a ZPL file', () => {
  it('is queued for a named printer or the default, and refused when it is not ZPL', () => {
    const { clock } = manualClock()
    const station = newStation({ clock })
    const by = station.defaultSession()
    station.savePrinter(by, { ...BENCH, isDefault: false })
    const named = station.queueZpl(by, { name: 'test.zpl', zpl: '^XA^FDhi^FS^XZ', printer: BENCH.id })
    expect(named).toMatchObject({ kind: 'file', subject: 'test.zpl', printer: BENCH.id, receptacle: null })
    expect(station.queueZpl(by, { name: 'b.zpl', zpl: '^XA^XZ' }).printer).toBeNull()
    expect(refusal(() => station.queueZpl(by, { name: 'x.txt', zpl: 'hello' })).code).toBe('invalid')
    expect(refusal(() => station.queueZpl(by, { name: 'c.zpl', zpl: '^XA^XZ', printer: 'nope' })).code).toBe(
      'not_found',
    )
  })
})
