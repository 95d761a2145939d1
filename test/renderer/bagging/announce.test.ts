import { describe, expect, it } from 'vitest'
import { spokenText } from '../../../src/renderer/bagging/announce'
import { translator } from '../../../src/renderer/i18n/languages'
import { scanned } from './fixtures'

const en = translator('en')

describe('spokenText', () => {
  it('says an acceptance and the item as printed, without repeating the reason', () => {
    const scan = { kind: 'scanned' as const, id: 1, result: scanned(), undone: false }
    expect(spokenText({ seq: 1, scan }, en)).toBe('Accepted. RB 555 000 114 FR')
  })

  it('says why an item was refused, in the engine’s words', () => {
    const result = scanned({
      outcome: 'missort',
      itemId: 'CP200030008FR',
      code: 'CP200030008FR',
      reason: 'CP200030008FR is parcel post; this receptacle takes letter post (UN).',
    })
    expect(spokenText({ seq: 2, scan: { kind: 'scanned', id: 2, result, undone: false } }, en)).toBe(
      'Wrong receptacle (mis-sort). CP 200 030 008 FR. CP200030008FR is parcel post; this receptacle takes letter post (UN).',
    )
    expect(
      spokenText(
        {
          seq: 3,
          scan: { kind: 'scanned', id: 3, result: { ...result, outcome: 'missort' }, undone: false },
        },
        translator('fr'),
      ),
    ).toMatch(/^Mauvais récipient \(erreur de tri\)\. CP 200 030 008 FR\./)
  })

  it('shows a code the engine could not read exactly as scanned', () => {
    const result = scanned({
      outcome: 'invalid_id',
      itemId: null,
      code: 'RB555000115FR',
      reason: 'Wrong check digit.',
    })
    expect(spokenText({ seq: 4, scan: { kind: 'scanned', id: 4, result, undone: false } }, en)).toBe(
      'Not a valid item identifier. RB555000115FR. Wrong check digit.',
    )
  })

  it('asks for the item again when the engine did not answer', () => {
    const problem = { reason: 'engineError.unavailable' as const, details: 'closed' }
    const scan = { kind: 'unanswered' as const, id: 5, code: 'RB555000114FR', problem, at: '' }
    expect(spokenText({ seq: 5, scan }, en)).toBe(
      'Not recorded: the station engine did not answer. RB555000114FR. Scan RB555000114FR again once the engine answers.',
    )
  })

  it('says a notice with its reason', () => {
    const notice = { seq: 6, verdict: 'invalid' as const, key: 'bagging.undoNotAllowed' as const }
    expect(spokenText({ seq: 6, notice }, en)).toBe(
      'Not undone: only a supervisor or an administrator can undo a scan. Ask one to sign in here.',
    )
    const refused = {
      seq: 7,
      verdict: 'invalid' as const,
      key: 'bagging.undoFailed' as const,
      problem: { reason: 'engineError.bad_request' as const, details: 'Event 12 is not a scan.' },
    }
    expect(spokenText({ seq: 7, notice: refused }, en)).toBe(
      'The scan was not undone. Event 12 is not a scan.',
    )
  })
})
