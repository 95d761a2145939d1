// Wrapping the station's records in EDIFACT interchanges, and reading partners' interchanges back into
// records. The envelope says who we are (our office's IMPC code) and who the partner is; each
// interchange carries one message, so a message row, a file and an interchange are the same thing.
import type { EdiIssue, Interchange, ServiceChars } from '../../core/edi/types'
import type { RecordsByType, UpuMessageType } from '../../core/edi/records'
import { decodeMessage, MESSAGE_MAPPINGS } from '../../core/edi/messages'
import { describeIssue, encodeInterchange, issueFromError, parseInterchange } from '../../core/edi/syntax'
import { envelopeDateTime } from './time'

const SERVICE: ServiceChars = {
  component: ':',
  element: '+',
  decimal: '.',
  release: '?',
  repetition: ' ',
  segment: "'",
}

export interface Party {
  id: string
  qualifier: string | null
}

export function encodeRecord<T extends UpuMessageType>(
  type: T,
  record: RecordsByType[T],
  envelope: { sender: Party; recipient: Party; controlRef: string; at: Date },
): string {
  const mapping = MESSAGE_MAPPINGS[type]
  const interchange: Interchange = {
    service: SERVICE,
    header: {
      syntax: { id: 'UNOC', version: '3' },
      sender: envelope.sender,
      recipient: envelope.recipient,
      prepared: envelopeDateTime(envelope.at),
      controlRef: envelope.controlRef,
      test: false,
    },
    messages: [
      {
        header: {
          ref: '1',
          type: mapping.type,
          version: mapping.version,
          release: mapping.release,
          agency: mapping.agency,
          association: null,
        },
        segments: mapping.encode(record),
      },
    ],
  }
  return encodeInterchange(interchange, { una: true, newlines: true })
}

export type DecodedMessage = {
  [K in UpuMessageType]: { type: K; record: RecordsByType[K] }
}[UpuMessageType]

export interface ReadInterchange {
  interchange: Interchange | null
  messages: DecodedMessage[]
  /** Any issue means the whole file is quarantined and nothing of it applied. */
  issues: EdiIssue[]
}

/** A mapping's complaint keeps its place in the file; anything else is still a reason not to apply. */
function asIssue(error: unknown, type: string): EdiIssue {
  try {
    return issueFromError(error)
  } catch {
    return {
      message: `The ${type} message could not be read: ${(error as Error).message ?? String(error)}`,
      line: null,
      segment: null,
      tag: null,
      element: null,
      component: null,
    }
  }
}

/** Parses and decodes a partner's file; never throws on what the file contains. */
export function readInterchange(text: string): ReadInterchange {
  const { interchange, issues } = parseInterchange(text)
  if (!interchange || issues.length > 0) return { interchange, messages: [], issues }
  const messages: DecodedMessage[] = []
  const problems: EdiIssue[] = []
  for (const message of interchange.messages) {
    try {
      messages.push(decodeMessage(message) as DecodedMessage)
    } catch (error) {
      problems.push(asIssue(error, message.header.type))
    }
  }
  return { interchange, messages, issues: problems }
}

/** One line per issue, saying where: "line 4, segment 3 (RFF), element 2: …". */
export { describeIssue }
