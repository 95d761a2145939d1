import { describe, expect, it } from 'vitest'
import { ContractError, ROLES } from '../../../src/api'
import { endsSession, operatorLabel } from '../../../src/renderer/session/acting'
import { mayUndo, roleKey } from '../../../src/renderer/session/roles'
import { CATALOGUES, LANGUAGES } from '../../../src/renderer/i18n/languages'

describe('session', () => {
  it('ends the session on an unauthorized answer only', () => {
    expect(endsSession(new ContractError('unauthorized', 'Unknown or expired session'))).toBe(true)
    expect(endsSession(new ContractError('unavailable', 'closed'))).toBe(false)
    expect(endsSession(new ContractError('bad_request', 'Receptacle 3 is closed'))).toBe(false)
    expect(endsSession(new Error('unauthorized'))).toBe(false)
  })

  it('names the operator by name and id, or by id alone', () => {
    expect(operatorLabel({ id: 'ana', role: 'supervisor', name: 'Ana Martins' })).toBe('Ana Martins (ana)')
    expect(operatorLabel({ id: 'w17', role: 'worker', name: null })).toBe('w17')
  })

  it('lets supervisors and administrators undo a scan, nobody else', () => {
    expect(ROLES.filter(mayUndo)).toEqual(['supervisor', 'admin'])
  })

  it.each(LANGUAGES)('names every role in %s', (language) => {
    for (const role of ROLES) expect(CATALOGUES[language][roleKey(role)].trim()).not.toBe('')
  })
})
