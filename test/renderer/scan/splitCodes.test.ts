import { describe, expect, it } from 'vitest'
import { splitCodes } from '../../../src/renderer/scan/splitCodes'

describe('splitCodes', () => {
  it('keeps a scanned code whole', () => {
    expect(splitCodes('FRCDGADZALGDAUN40553006010061')).toEqual(['FRCDGADZALGDAUN40553006010061'])
  })

  it('keeps a code typed with spaces, as printed under the barcode, as one code', () => {
    expect(splitCodes('RB 123 456 785 GB')).toEqual(['RB 123 456 785 GB'])
    expect(splitCodes('FRCDGA DZALGD A UN 4 0553 006 0 1 0061')).toEqual([
      'FRCDGA DZALGD A UN 4 0553 006 0 1 0061',
    ])
  })

  it('splits codes separated by spaces when each is a whole code', () => {
    expect(splitCodes('RB123456785GB CP987654326CH')).toEqual(['RB123456785GB', 'CP987654326CH'])
    expect(splitCodes('RB 123 456 785 GB  RR 473 124 829 GB')).toEqual([
      'RB 123 456 785 GB',
      'RR 473 124 829 GB',
    ])
    expect(splitCodes('FRCDGA DZALGD')).toEqual(['FRCDGA', 'DZALGD'])
  })

  it('prefers a receptacle over a dispatch plus leftovers', () => {
    expect(splitCodes('FRCDGADZALGDAUN40553 006010061')).toEqual(['FRCDGADZALGDAUN40553 006010061'])
  })

  it('always splits at new lines, tabs, commas and semicolons', () => {
    expect(
      splitCodes('RB123456785GB\r\nCP987654326CH\n\nFRCDGA\tDZALGD;RB 123 456 785 GB,EE204815390TZ'),
    ).toEqual(['RB123456785GB', 'CP987654326CH', 'FRCDGA', 'DZALGD', 'RB 123 456 785 GB', 'EE204815390TZ'])
  })

  it('counts length without hyphens or a scanner symbology prefix', () => {
    expect(splitCodes(']C0RB123456785GB ]C0CP987654326CH')).toEqual([']C0RB123456785GB', ']C0CP987654326CH'])
    expect(splitCodes('RB-123-456-785-GB CP987654326CH')).toEqual(['RB-123-456-785-GB', 'CP987654326CH'])
  })

  it('reports a mistyped code once rather than as fragments', () => {
    expect(splitCodes('RB 123 456 78 GB')).toEqual(['RB 123 456 78 GB'])
  })

  it('keeps long pieces apart when no grouping makes whole codes', () => {
    expect(splitCodes('RB12345678GB CP987654326CH')).toEqual(['RB12345678GB', 'CP987654326CH'])
  })

  it('gives nothing for blank input', () => {
    expect(splitCodes('')).toEqual([])
    expect(splitCodes('  \n\t , ; ')).toEqual([])
  })
})
