import { describe, expect, it } from 'vitest'
import { describeIssue } from '../../../../src/core/edi/syntax'
import { IssueList, makeIssue } from '../../../../src/core/edi/syntax/issues'

describe('issues', () => {
  it('describes an issue with as much location as it has', () => {
    expect(
      describeIssue(makeIssue('bad', { line: 4, segment: 12, tag: 'GID', element: 2, component: 1 })),
    ).toBe('line 4, segment 12 (GID), element 2, component 1: bad')
    expect(describeIssue(makeIssue('cut short', { line: 9 }))).toBe('line 9: cut short')
    expect(describeIssue(makeIssue('UNA bad', { line: 1, tag: 'UNA', element: 4 }))).toBe(
      'line 1, UNA, element 4: UNA bad',
    )
    expect(describeIssue(makeIssue('empty'))).toBe('empty')
  })

  it('keeps the first issues up to the cap and counts the others', () => {
    const list = new IssueList(2)
    for (const m of ['a', 'b', 'c', 'd']) list.add(m)
    expect(list.count).toBe(4)
    expect(list.finish().map((i) => i.message)).toEqual([
      'a',
      'b',
      '2 more issue(s) not listed; the first 2 are above.',
    ])
  })
})
