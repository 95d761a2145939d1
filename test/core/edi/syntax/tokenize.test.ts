import { describe, expect, it } from 'vitest'
import { IssueList } from '../../../../src/core/edi/syntax/issues'
import { DEFAULT_SERVICE } from '../../../../src/core/edi/syntax/service'
import { MAX_SEGMENT_LENGTH, tokenize } from '../../../../src/core/edi/syntax/tokenize'

function run(text: string, maxSegmentLength = MAX_SEGMENT_LENGTH) {
  const issues = new IssueList()
  const segments = tokenize(text, DEFAULT_SERVICE, issues, { start: 0, maxSegmentLength })
  return { segments, issues: issues.finish() }
}

describe('tokenize: release character', () => {
  it('a released separator or terminator is data', () => {
    const { segments, issues } = run("FTX+AAI+++O?'BRIEN ?+ SONS?: 50%'")
    expect(issues).toEqual([])
    expect(segments[0]?.elements).toEqual([['AAI'], [''], [''], ["O'BRIEN + SONS: 50%"]])
  })

  it('a released release character is one "?" and does not release what follows', () => {
    const { segments } = run("RFF+AHI:WHY??'LOC+5+FRCDGA'")
    expect(segments.map((s) => s.elements)).toEqual([[['AHI', 'WHY?']], [['5'], ['FRCDGA']]])
  })

  it('runs of release characters before a terminator: odd releases it, even does not', () => {
    expect(run("FTX+???''").segments[0]?.elements).toEqual([["?'"]])
    expect(run("FTX+????'").segments[0]?.elements).toEqual([['??']])
  })

  it('a release character before an ordinary character is dropped, the character kept', () => {
    expect(run("FTX+?A?B'").segments[0]?.elements).toEqual([['AB']])
  })

  it('a release character at the very end of the file is an issue', () => {
    const { issues } = run('FTX+TEXT?')
    expect(issues).toEqual([
      expect.objectContaining({ segment: 1, tag: 'FTX', message: expect.stringContaining('not ended') }),
      expect.objectContaining({
        line: 1,
        segment: 1,
        tag: 'FTX',
        message: 'the file ends with the release character "?", which has nothing to release',
      }),
    ])
  })
})

describe('tokenize: segments and line breaks', () => {
  it('skips line breaks after a terminator but keeps every other character as data', () => {
    const { segments, issues } = run("GID+1\r\n'\r\n\r\nMEA+WT+ AAB '\n")
    expect(issues).toEqual([])
    expect(segments.map((s) => [s.tag, s.elements])).toEqual([
      ['GID', [['1\r\n']]],
      ['MEA', [['WT'], [' AAB ']]],
    ])
    expect(segments[1]?.position).toEqual({ line: 4, segment: 2, offset: 12 })
  })

  it('reports an empty segment and does not count it', () => {
    const { segments, issues } = run("GID+1''MEA+WT'")
    expect(segments.map((s) => s.position?.segment)).toEqual([1, 2])
    expect(issues).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('empty segment after segment 1') }),
    ])
  })

  it('reports a segment without terminator at the end of the file', () => {
    const { segments, issues } = run("GID+1'\nMEA+WT+AAB")
    expect(segments[1]?.elements).toEqual([['WT'], ['AAB']])
    expect(issues).toEqual([
      expect.objectContaining({
        line: 2,
        segment: 2,
        tag: 'MEA',
        message: expect.stringContaining('cut short'),
      }),
    ])
  })

  it.each(['gid+1', 'GI+1', 'GIDS+1', ' GID+1', 'G?+D+1', '+1'])(
    '%j has a tag that is not three A–Z/0–9',
    (seg) => {
      const { issues } = run(`${seg}'`)
      expect(issues).toHaveLength(1)
      expect(issues[0]).toMatchObject({ line: 1, segment: 1 })
      expect(issues[0]?.message).toContain('does not start with a tag of three upper-case letters or digits')
    },
  )

  it('reports an explicit nesting indicator after the tag', () => {
    expect(run("DTM:1:2+137'").issues[0]?.message).toContain('explicit nesting indicator')
  })

  it('reports an unreleased repetition separator when UNA declares one', () => {
    const issues = new IssueList()
    const service = { ...DEFAULT_SERVICE, repetition: '*' }
    const segments = tokenize("FTX+A*B+C?*D'", service, issues, { start: 0, maxSegmentLength: 100 })
    expect(segments[0]?.elements).toEqual([['A*B'], ['C*D']])
    expect(issues.finish()).toEqual([
      expect.objectContaining({
        tag: 'FTX',
        message: expect.stringMatching(/repetition separator "\*" at character 6/),
      }),
    ])
  })
})

describe('tokenize: hostile sizes', () => {
  it('refuses a megabyte-long segment with one issue and goes on with the next', () => {
    const { segments, issues } = run(`FTX+${'A'.repeat(1_048_576)}'\nGID+1'`)
    expect(issues).toEqual([
      expect.objectContaining({
        line: 1,
        segment: 1,
        tag: 'FTX',
        message: expect.stringMatching(/^segment is 1048580 characters long; at most 100000 are accepted/),
      }),
    ])
    expect(segments.map((s) => [s.tag, s.position?.line])).toEqual([
      ['FTX', 1],
      ['GID', 2],
    ])
  })

  it('applies the limit to segments full of release characters and to a file with no terminator', () => {
    expect(run(`FTX+${"?'".repeat(600_000)}'`).issues[0]?.message).toMatch(/1200004 characters long/)
    expect(run(`UNB+${'?+'.repeat(600_000)}`).issues[0]).toMatchObject({ tag: 'UNB', segment: 1 })
  })

  it('a segment at the limit is read', () => {
    const { segments, issues } = run(`FTX+${'A'.repeat(96)}'`, 100)
    expect(issues).toEqual([])
    expect(segments[0]?.elements[0]?.[0]).toHaveLength(96)
  })

  it('caps the issue list of a file made of a million empty segments', () => {
    const { issues } = run("'".repeat(1_000_000))
    expect(issues).toHaveLength(101)
    expect(issues.at(-1)?.message).toBe('999900 more issue(s) not listed; the first 100 are above.')
  })
})
