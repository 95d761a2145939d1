import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import { commands, identificationSchema, isCommandName, RENDERER_CSP } from '../../src/api'
import { identify, type Identification } from '../../src/core/ids'

describe('the contract', () => {
  it('carries exactly the core identification type', () => {
    // Compile-time: the runtime schema and the pure type in core describe the same thing.
    expectTypeOf<z.output<typeof identificationSchema>>().toEqualTypeOf<Identification>()
    for (const code of [
      'RB123456785GB',
      'FRCDGADZALGDAUN40553006010061',
      'FRCDGADZALGDAUN40553',
      'CHZRHB',
      '',
      'x',
    ]) {
      expect(identificationSchema.safeParse(identify(code)).success).toBe(true)
    }
  })

  it('names its commands by domain', () => {
    expect(Object.keys(commands).sort()).toEqual([
      'advance.answer',
      'advance.item',
      'advance.report',
      'app.info',
      'consignment.close',
      'consignment.list',
      'customs.decide',
      'customs.item',
      'customs.payment',
      'customs.present',
      'customs.queue',
      'devices.config',
      'devices.configure',
      'devices.list',
      'devices.ports',
      'dispatch.close',
      'dispatch.documents',
      'dispatch.list',
      'document.get',
      'edi.import',
      'emsevt.export',
      'events.list',
      'ids.identify',
      'itmatt.import',
      'message.get',
      'message.list',
      'message.resend',
      'partner.list',
      'partner.save',
      'policy.list',
      'policy.set',
      'print.cancel',
      'print.confirm',
      'print.jobs',
      'print.preview',
      'print.reprint',
      'printer.check',
      'printer.list',
      'printer.remove',
      'printer.save',
      'receptacle.close',
      'receptacle.get',
      'receptacle.list',
      'receptacle.open',
      'receptacle.reopen',
      'receptacle.unconfirmed',
      'scale.read',
      'scan.submit',
      'scan.undo',
      'session.signIn',
      'session.signOut',
      'station.setup',
      'station.status',
    ])
    expect(isCommandName('ids.identify')).toBe(true)
    expect(isCommandName('toString')).toBe(false)
  })

  it('enforces the same CSP in the renderer page as in the headers', () => {
    const html = readFileSync(join(__dirname, '../../src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(RENDERER_CSP)
    expect(RENDERER_CSP).not.toContain('unsafe')
  })
})
