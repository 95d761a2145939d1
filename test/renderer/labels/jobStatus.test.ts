import { describe, expect, it } from 'vitest'
import { translator } from '../../../src/renderer/i18n/languages'
import {
  destinationOf,
  jobActions,
  jobAnnouncement,
  jobChanged,
  jobFeedback,
  jobLook,
  jobSubject,
  jobWords,
  printerLabel,
  printerOf,
  waitsOnFault,
} from '../../../src/renderer/labels/jobStatus'
import { at, job, NOW, printed, printer } from './fixtures'

const en = translator('en')
const fr = translator('fr')
const es = translator('es')
const paperOut = { state: 'paper-out' } as const

describe('a print job in words, colour and icon', () => {
  it('says a label waiting with the cause the printer gives, in the person’s language', () => {
    expect(jobWords(job(), paperOut, en, 'en', NOW).headline).toBe('Waiting: the printer is out of paper')
    expect(jobWords(job(), paperOut, fr, 'fr', NOW).headline).toBe(
      'En attente : l’imprimante n’a plus de papier',
    )
    expect(jobWords(job(), paperOut, es, 'es', NOW).headline).toBe('En espera: la impresora no tiene papel')
    expect(jobLook(job(), paperOut)).toEqual({ tone: 'attention', icon: 'triangle' })
  })

  it('keeps the engine’s reason for a wait it explains itself, and calls a plain wait blue', () => {
    const retry = job({
      attempts: 1,
      reason: 'Waiting: connect ECONNREFUSED 10.0.4.21:9100. Trying again in 5 s.',
    })
    expect(jobWords(retry, null, en, 'en', NOW)).toEqual({
      headline: 'Waiting for the printer',
      advice: null,
      engineReason: 'Waiting: connect ECONNREFUSED 10.0.4.21:9100. Trying again in 5 s.',
    })
    expect(jobLook(retry, null).tone).toBe('attention')
    // A note on a queued label (text drawn with the printer's fonts) is no reason to worry.
    const note = job({ reason: 'Printed with printer fonts: the logo could not be drawn' })
    expect(jobLook(note, { state: 'ready' })).toEqual({ tone: 'working', icon: 'hourglass' })
    expect(jobWords(note, { state: 'ready' }, en, 'en', NOW).headline).toBe('Waiting to print')
    expect(jobWords(job(), { state: 'ready' }, en, 'en', NOW).headline).toBe('Waiting to print')
    expect(jobLook(job(), { state: 'ready' })).toEqual({ tone: 'working', icon: 'hourglass' })
    expect(jobLook(job(), { state: 'busy' }).tone).toBe('working')
  })

  it('says a label waits because the station has no printer for it', () => {
    expect(destinationOf(job(), [])).toBe('none')
    expect(destinationOf(job(), null)).toBeNull()
    expect(destinationOf(job(), [printer({ condition: paperOut })])).toEqual(paperOut)
    expect(jobWords(job(), 'none', en, 'en', NOW).headline).toBe(
      'Waiting: no default printer is set up for this station',
    )
    expect(jobWords(job({ printer: 'dock-9' }), 'none', fr, 'fr', NOW).headline).toBe(
      'En attente : l’imprimante dock-9 n’est plus configurée',
    )
    expect(jobLook(job(), 'none')).toEqual({ tone: 'attention', icon: 'triangle' })
  })

  it('says when a label printed, on the 24-hour clock, with the date when it was not today', () => {
    expect(jobWords(printed(), null, en, 'en', NOW).headline).toBe('Printed at 08:01:12')
    expect(jobWords(printed(), null, fr, 'fr', NOW).headline).toBe('Imprimée à 08:01:12')
    expect(jobWords(printed(), null, es, 'es', NOW).headline).toBe('Impresa a las 08:01:12')
    const yesterday = printed({ printedAt: new Date(2026, 2, 1, 22, 15, 0).toISOString() })
    expect(jobWords(yesterday, null, en, 'en', NOW).headline).toBe('Printed at Mar 1 22:15:00')
    expect(jobLook(printed(), null)).toEqual({ tone: 'ready', icon: 'tick' })
  })

  it('asks whether an uncertain label printed and says what to do, amber with a question mark', () => {
    const uncertain = job({
      state: 'uncertain',
      attempts: 1,
      reason: 'The printer stopped answering while printing.',
    })
    const words = jobWords(uncertain, null, en, 'en', NOW)
    expect(words.headline).toBe('Did this label print?')
    expect(words.advice).toBe(
      'The printer stopped answering while printing. Look at the printer: if the label came out whole, say it printed; if not, print it again.',
    )
    expect(words.engineReason).toBe('The printer stopped answering while printing.')
    expect(jobWords(uncertain, null, fr, 'fr', NOW).headline).toBe('Cette étiquette est-elle sortie ?')
    expect(jobLook(uncertain, null)).toEqual({ tone: 'attention', icon: 'question' })
  })

  it('keeps who said an uncertain label printed', () => {
    const confirmed = printed({ reason: 'Confirmed printed by ana' })
    expect(jobWords(confirmed, null, en, 'en', NOW).engineReason).toBe('Confirmed printed by ana')
  })

  it('shows a label being sent as on its way, and a stopped one grey with who stopped it', () => {
    expect(jobWords(job({ state: 'sending' }), null, en, 'en', NOW).headline).toBe('Printing…')
    expect(jobLook(job({ state: 'sending' }), paperOut)).toEqual({ tone: 'working', icon: 'hourglass' })
    const stopped = job({ state: 'canceled', reason: 'Canceled by ana.' })
    expect(jobWords(stopped, null, en, 'en', NOW)).toEqual({
      headline: 'Stopped: it will not print',
      advice: null,
      engineReason: 'Canceled by ana.',
    })
    expect(jobLook(stopped, null)).toEqual({ tone: 'idle', icon: 'slash' })
  })

  it('shows a void label (its receptacle was reopened) in amber, saying to take it off the bag', () => {
    const reason =
      'Void: receptacle 1 was reopened by ana, so the S9 FRCDGADZALGDAUN60001001110034 no longer holds; remove it from the bag.'
    const voided = printed({ state: 'void', reason })
    expect(jobWords(voided, null, en, 'en', NOW)).toEqual({
      headline: 'Void: its receptacle was reopened',
      advice:
        'This S9 no longer holds. If this label is on the bag, take it off: the new label prints when the receptacle is closed again.',
      engineReason: reason,
    })
    expect(jobWords(voided, null, fr, 'fr', NOW).headline).toBe('Annulée : son récipient a été rouvert')
    expect(jobLook(voided, null)).toEqual({ tone: 'attention', icon: 'slash' })
    expect(jobFeedback(printed(), voided)).toBeNull()
  })

  it('announces which label and what became of it', () => {
    expect(jobAnnouncement(printed(), null, en, 'en', NOW)).toBe(
      'Receptacle label FRCDGA DZALGD A UN 6 0001 001 1 1 0034. Printed at 08:01:12',
    )
    expect(jobAnnouncement(job({ state: 'uncertain' }), null, fr, 'fr', NOW)).toBe(
      'Étiquette de récipient FRCDGA DZALGD A UN 6 0001 001 1 1 0034. Cette étiquette est-elle sortie ? L’imprimante a cessé de répondre pendant l’impression. Regardez l’imprimante : si l’étiquette est sortie entière, indiquez qu’elle est imprimée ; sinon, imprimez-la à nouveau.',
    )
  })
})

describe('what a job is and where it goes', () => {
  it('groups an S9 or S10 as printed under the barcode and leaves a file name alone', () => {
    expect(jobSubject(job())).toBe('FRCDGA DZALGD A UN 6 0001 001 1 1 0034')
    expect(jobSubject(job({ kind: 'item', subject: 'RB555000114FR' }))).toBe('RB 555 000 114 FR')
    expect(jobSubject(job({ kind: 'file', subject: 'cn23-RB555000114FR.zpl' }))).toBe(
      'cn23-RB555000114FR.zpl',
    )
  })

  it('finds the printer of a job: its own, else the default at the time', () => {
    const dock = printer()
    const office = printer({ id: 'oe-desk', name: 'OE desk', isDefault: false })
    expect(printerOf(job(), [office, dock])).toBe(dock)
    expect(printerOf(job({ printer: 'oe-desk' }), [office, dock])).toBe(office)
    expect(printerOf(job({ printer: 'gone' }), [office, dock])).toBeNull()
    expect(printerOf(job(), [office])).toBeNull()
    expect(printerLabel(job(), [office, dock], en)).toBe('The default printer, Dock 3 Zebra')
    expect(printerLabel(job(), [office], en)).toBe('The default printer (none is set)')
    expect(printerLabel(job({ printer: 'oe-desk' }), [office, dock], en)).toBe('OE desk (oe-desk)')
    expect(printerLabel(job({ printer: 'gone' }), [], en)).toBe('gone')
  })
})

describe('the tone of a change', () => {
  it('sounds good when the label printed, once', () => {
    expect(jobFeedback(job({ state: 'sending' }), printed())).toBe('good')
    expect(jobFeedback(undefined, printed())).toBe('good')
    expect(jobFeedback(printed(), printed({ updatedAt: at(8, 1, 13) }))).toBeNull()
  })

  it('sounds the error when a label becomes uncertain or starts waiting on a fault, not again for the same', () => {
    const uncertain = job({ state: 'uncertain', reason: 'The printer stopped answering while printing.' })
    expect(jobFeedback(job({ state: 'sending' }), uncertain)).toBe('error')
    expect(jobFeedback(uncertain, { ...uncertain, attempts: 2 })).toBeNull()
    const waiting = job({ attempts: 1, reason: 'Waiting: the printer is out of paper. Trying again in 5 s.' })
    expect(jobFeedback(job(), waiting)).toBe('error')
    expect(jobFeedback(waiting, { ...waiting, updatedAt: at(8, 1, 20) })).toBeNull()
    expect(
      jobFeedback(waiting, job({ reason: 'Waiting: the print head is open. Trying again in 10 s.' })),
    ).toBe('error')
    expect(jobFeedback(undefined, job(), paperOut)).toBe('error')
    expect(waitsOnFault(job(), paperOut)).toBe(true)
    expect(waitsOnFault(job(), { state: 'ready' })).toBe(false)
  })

  it('stays quiet while a label simply goes on its way, or is stopped', () => {
    expect(jobFeedback(undefined, job())).toBeNull()
    expect(jobFeedback(job(), job({ state: 'sending' }))).toBeNull()
    expect(jobFeedback(job(), job({ state: 'canceled', reason: 'Canceled by ana.' }))).toBeNull()
  })

  it('says aloud a new job or a new state, not the same state again', () => {
    expect(jobChanged(undefined, job())).toBe(true)
    expect(jobChanged(job(), job({ state: 'sending' }))).toBe(true)
    expect(
      jobChanged(job(), job({ reason: 'Waiting: the printer is out of paper. Trying again in 5 s.' })),
    ).toBe(true)
    expect(jobChanged(job(), job({ attempts: 2, updatedAt: at(8, 2, 0) }))).toBe(false)
  })
})

describe('what may be done with a job', () => {
  it('reprints only what was sent or stopped, confirms only the uncertain, stops only what has not printed', () => {
    expect(jobActions(job())).toEqual({ reprint: false, confirm: false, cancel: true })
    expect(jobActions(job({ state: 'sending' }))).toEqual({ reprint: false, confirm: false, cancel: false })
    expect(jobActions(printed())).toEqual({ reprint: true, confirm: false, cancel: false })
    expect(jobActions(job({ state: 'uncertain' }))).toEqual({ reprint: true, confirm: true, cancel: true })
    expect(jobActions(job({ state: 'canceled' }))).toEqual({ reprint: true, confirm: false, cancel: false })
    // A void label stands for an S9 that no longer holds: nothing to do with it but take it off the bag.
    expect(jobActions(job({ state: 'void' }))).toEqual({ reprint: false, confirm: false, cancel: false })
  })
})
