import { describe, expect, it } from 'vitest'
import { identify } from '../../../src/core/ids'
import { translator } from '../../../src/renderer/i18n/languages'
import { announcementText } from '../../../src/renderer/identify/announcement'
import { outcomeOf, outcomeText, TONE_FOR, worstOutcome } from '../../../src/renderer/identify/outcome'

const en = translator('en')

describe('outcome', () => {
  it('tells valid, valid with warnings and not valid apart, each with its own tone', () => {
    expect(outcomeOf(identify('RB123456785GB'))).toBe('valid')
    expect(outcomeOf(identify('RB123456785XX'))).toBe('warning')
    expect(outcomeOf(identify('RB123456784GB'))).toBe('invalid')
    expect(new Set(Object.values(TONE_FOR)).size).toBe(3)
  })

  it('names the kind in the outcome of a valid code', () => {
    expect(outcomeText(identify('FRCDGADZALGDAUN40553006010061'), en)).toBe('Valid receptacle')
    expect(outcomeText(identify('FRCDGADZALGDAUN40553006019999'), en)).toBe('Valid receptacle, with warnings')
    expect(outcomeText(identify('FRCDGADZALGDAUN40553006019999'), translator('es'))).toBe(
      'Receptáculo válido, con advertencias',
    )
    expect(outcomeText(identify('RB123456784GB'), translator('fr'))).toBe('Non valide')
  })

  it('sounds a batch with its worst outcome', () => {
    expect(worstOutcome(['valid', 'warning', 'valid'])).toBe('warning')
    expect(worstOutcome(['valid', 'invalid', 'warning'])).toBe('invalid')
    expect(worstOutcome([])).toBe('valid')
  })
})

describe('announcementText', () => {
  const entry = (code: string) => ({ id: 1, at: 0, result: identify(code) })

  it('says outcome, kind and the first reason', () => {
    expect(
      announcementText(
        { seq: 1, outcome: 'invalid', entry: entry('RB123456784GB'), batch: null, problem: null },
        en,
      ),
    ).toBe('Not valid. Item (S10). Wrong check digit: the code has 4, but serial number 12345678 requires 5.')
    expect(
      announcementText(
        { seq: 2, outcome: 'valid', entry: entry('RB123456785GB'), batch: null, problem: null },
        en,
      ),
    ).toBe('Valid item. Item (S10)')
  })

  it('says when the engine did not answer', () => {
    const problem = { reason: 'engineError.unavailable' as const, details: 'closed' }
    expect(announcementText({ seq: 3, outcome: 'invalid', entry: null, batch: null, problem }, en)).toBe(
      'Not identified: the station engine did not answer. The station engine cannot be reached. Check that it is running and that this computer is connected.',
    )
  })
})
