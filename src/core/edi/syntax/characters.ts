// Checks every data component against the repertoire UNB 1 declares, after release characters are
// removed (a released "+" is data and must be in the repertoire like any other character). One issue per
// offending component names the first bad character and where it is; after a few, the rest are counted.
import type { Segment } from '../types'
import { describeChar, firstOutside, type SyntaxCharset } from './charset'
import { locate, type IssueList } from './issues'

/** Components reported one by one before the rest are only counted. */
const LISTED = 10

function hint(charset: SyntaxCharset, value: string, index: number): string {
  const cp = value.codePointAt(index) ?? 0
  if (charset.id === 'UNOA' && cp >= 0x61 && cp <= 0x7a)
    return '; UNOA has no lower case (UNOB and UNOC have)'
  if ((charset.id === 'UNOA' || charset.id === 'UNOB') && cp >= 0xa0 && cp <= 0xff) {
    return `; the file may be Latin-1 text declared ${charset.id} (it would be UNOC)`
  }
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return '; control characters are not data in EDIFACT'
  if (charset.id === 'UNOC' && cp > 0xff) return '; characters beyond Latin-1 need UNOW or UNOY'
  return ''
}

export function checkCharacters(segments: Segment[], charset: SyntaxCharset, issues: IssueList): void {
  let listed = 0
  let unlisted = 0
  for (const seg of segments) {
    const elements = seg.elements
    for (let e = 0; e < elements.length; e++) {
      const components = elements[e] ?? []
      for (let c = 0; c < components.length; c++) {
        const value = components[c] ?? ''
        if (value === '') continue
        const at = firstOutside(charset, value)
        if (at === -1) continue
        if (listed >= LISTED) {
          unlisted++
          continue
        }
        listed++
        issues.add(
          `${describeChar(value, at)} at character ${at + 1} of ${seg.tag} ${e + 1}:${c + 1} is not in ` +
            `${charset.description}${hint(charset, value, at)}`,
          locate(seg, e + 1, c + 1),
        )
      }
    }
  }
  if (unlisted > 0) {
    issues.add(
      `${unlisted} more component(s) have characters outside ${charset.id}; the first ${LISTED} are listed`,
    )
  }
}
