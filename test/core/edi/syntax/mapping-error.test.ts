import { describe, expect, it } from 'vitest'
import { EdiMappingError, issueFromError, parseInterchange } from '../../../../src/core/edi/syntax'
import { PREDES_TEXT } from './fixtures'

const message = parseInterchange(PREDES_TEXT).interchange!.messages[0]!
const pci = message.segments[3]!

describe('EdiMappingError', () => {
  it('carries the location of the segment, element and component being read', () => {
    const e = new EdiMappingError(pci, 2, 1, 'expected an S9 receptacle id of 29 characters')
    expect(e).toBeInstanceOf(Error)
    expect(e.name).toBe('EdiMappingError')
    expect(e.issue).toEqual({
      message: 'expected an S9 receptacle id of 29 characters',
      line: 7,
      segment: 6,
      tag: 'PCI',
      element: 2,
      component: 1,
    })
    expect(e.message).toBe(
      'line 7, segment 6 (PCI), element 2, component 1: expected an S9 receptacle id of 29 characters',
    )
  })

  it('a missing segment is reported at the message (its UNH)', () => {
    const e = new EdiMappingError(message, null, null, 'PREDES has no BGM')
    expect(e.issue).toMatchObject({ line: 3, segment: 2, tag: 'UNH', element: null })
  })

  it('works for a segment without position and for no segment at all', () => {
    expect(new EdiMappingError({ tag: 'GID', elements: [] }, 1, null, 'x').issue).toMatchObject({
      line: null,
      segment: null,
      tag: 'GID',
      element: 1,
    })
    expect(new EdiMappingError(null, null, null, 'no message').message).toBe('no message')
  })
})

describe('issueFromError', () => {
  it('returns the issue of an EdiMappingError', () => {
    expect(issueFromError(new EdiMappingError(pci, 2, null, 'bad'))).toMatchObject({ tag: 'PCI', element: 2 })
  })

  it('rethrows anything else: it is a bug, not a fault of the file', () => {
    const bug = new TypeError('x is undefined')
    expect(() => issueFromError(bug)).toThrow(bug)
  })
})
