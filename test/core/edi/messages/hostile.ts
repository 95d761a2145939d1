// Runs hostile cases: each takes a valid encoded sample, breaks one thing, and says where decode must
// report it (tag, element, component and, when it matters, the segment number).
import { it } from 'vitest'
import { MESSAGE_MAPPINGS } from '../../../../src/core/edi/messages'
import type { RecordsByType, UpuMessageType } from '../../../../src/core/edi/records'
import type { EdiIssue, Segment } from '../../../../src/core/edi/types'
import { SAMPLES } from './fixtures'
import { encoded, expectIssue, messageOf } from './helpers'

export interface HostileCase {
  name: string
  breaks: (segments: Segment[]) => Segment[]
  issue: Partial<Pick<EdiIssue, 'tag' | 'element' | 'component' | 'segment'>>
  text?: RegExp
}

export function hostile<K extends UpuMessageType>(type: K, cases: readonly HostileCase[]): void {
  const decode = MESSAGE_MAPPINGS[type].decode as (m: ReturnType<typeof messageOf>) => RecordsByType[K]
  const segments = encoded(type, SAMPLES[type])
  it.each(cases)('$name', ({ breaks, issue, text }) => {
    expectIssue(() => decode(messageOf(type, breaks(segments))), issue, text)
  })
}
