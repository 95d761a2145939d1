// Why this file exists: encoders build segments in one terse, uniform way, so that each message file
// reads like its segment table. No trailing empty elements or components are produced, which keeps the
// text form canonical (parse → encode gives back the same segments).
import type { Segment } from '../types'

export type ElementValue = string | readonly string[]

export function seg(tag: string, ...elements: ElementValue[]): Segment {
  const out: string[][] = elements.map((e) => (typeof e === 'string' ? [e] : trimEnd(e)))
  while (out.length > 0 && isEmpty(out[out.length - 1])) out.pop()
  return { tag, elements: out }
}

function trimEnd(components: readonly string[]): string[] {
  let n = components.length
  while (n > 1 && components[n - 1] === '') n--
  return components.slice(0, n)
}

function isEmpty(element: readonly string[] | undefined): boolean {
  return element !== undefined && element.length === 1 && element[0] === ''
}
