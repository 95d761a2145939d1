import { describe, expect, it } from 'vitest'
import { describeIssue, parseInterchange } from '../../../src/core/edi/syntax'
import { translator } from '../../../src/renderer/i18n/languages'
import { issueLines, issueWhere, parseIssueLine } from '../../../src/renderer/messages/issues'

/** A RESDES from London cut off in the middle of its BGM segment, as a broken transfer leaves it. */
const TRUNCATED = "UNA:+.? 'UNB+UNOC:3+GBLHRA+FRCDGA+260314:2210+000000042'UNH+1+RESDES:D:08A:UN:UPU'BGM+"

describe('the issues of a quarantined file, read back from the engine’s reason', () => {
  it('gets back every place the engine named, for each issue of a real truncated interchange', () => {
    const { issues } = parseInterchange(TRUNCATED)
    expect(issues.length).toBeGreaterThanOrEqual(2)
    const reason = issues.map(describeIssue).join('\n')
    expect(issueLines(reason)).toEqual(issues)
  })

  it('keeps a sentence with colons and quotes whole after the place', () => {
    expect(
      parseIssueLine(
        'line 6, segment 5 (UNZ), element 2, component 1: UNZ 2 control reference "000000043" differs from UNB 5 "000000042"',
      ),
    ).toEqual({
      line: 6,
      segment: 5,
      tag: 'UNZ',
      element: 2,
      component: 1,
      message: 'UNZ 2 control reference "000000043" differs from UNB 5 "000000042"',
    })
  })

  it('reads a tag named without a segment number, and an issue with no place at all', () => {
    expect(parseIssueLine('line 12, UNT: the segment count is 9, not 8')).toMatchObject({
      line: 12,
      segment: null,
      tag: 'UNT',
      message: 'the segment count is 9, not 8',
    })
    const plain = 'RESDIT is about consignment FRCDGA600009, which this station did not send.'
    expect(parseIssueLine(plain)).toEqual({
      line: null,
      segment: null,
      tag: null,
      element: null,
      component: null,
      message: plain,
    })
    expect(parseIssueLine('Note: nothing was applied').message).toBe('Note: nothing was applied')
  })

  it('skips blank lines and reads nothing from no reason', () => {
    expect(issueLines(null)).toEqual([])
    expect(issueLines('line 1: a\n\n  \nline 2: b\n')).toHaveLength(2)
  })

  it('says where to look in the person’s language', () => {
    const issue = parseIssueLine('line 4, segment 3 (RFF), element 2, component 1: too long')
    expect(issueWhere(issue, translator('en'))).toBe('line 4, segment 3 (RFF), element 2, component 1')
    expect(issueWhere(issue, translator('fr'))).toBe('ligne 4, segment 3 (RFF), élément 2, composant 1')
    expect(issueWhere(issue, translator('es'))).toBe('línea 4, segmento 3 (RFF), elemento 2, componente 1')
    expect(issueWhere(parseIssueLine('no place here'), translator('fr'))).toBe('')
  })
})
