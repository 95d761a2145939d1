// How the office-of-exchange commands read at a terminal (without --json), and the JSON shapes scripts
// rely on: the keys a script looks for first come first.
import type {
  Consignment,
  DispatchCloseResult,
  DispatchSummary,
  DocumentFile,
  Message,
  Partner,
} from '../api/exchange'
import type { DecodedMessage } from '../station/exchange/edi'

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}

function kg(value: number): string {
  return `${value.toFixed(1)} kg`
}

function serial(n: number): string {
  return String(n).padStart(3, '0')
}

export function dispatchCloseJson(result: DispatchCloseResult): Record<string, unknown> {
  const { dispatchId, receptacles, items, weightKg, files, registeredReceptacles, highestSerial } = result
  return { dispatchId, receptacles, items, weightKg, files, registeredReceptacles, highestSerial }
}

/** The closed dispatch in a sentence, then one line per file: what a person at the OE desk checks. */
export function dispatchCloseLines(result: DispatchCloseResult): string[] {
  const lines = [
    `Closed dispatch ${result.dispatchId}: ${plural(result.receptacles, 'receptacle')} ` +
      `(${result.registeredReceptacles} registered), ${plural(result.items, 'item')}, ${kg(result.weightKg)}; ` +
      `highest receptacle ${serial(result.highestSerial)}.`,
  ]
  return [...lines, ...documentLines(result.documents)]
}

export function documentLines(documents: DocumentFile[]): string[] {
  return documents.map((d) => `  ${d.form.padEnd(7)} ${d.path}`)
}

export function dispatchLine(d: DispatchSummary): string {
  const open = d.openReceptacles > 0 ? `, ${d.openReceptacles} open` : ''
  const contents =
    `${plural(d.receptacles, 'receptacle')} (${d.registeredReceptacles} registered${open}), ` +
    `${plural(d.items, 'item')}, ${kg(d.weightKg)}`
  const closed =
    d.state === 'closed'
      ? `, highest ${d.highestSerial === null ? '?' : serial(d.highestSerial)}, closed ${d.closedAt}`
      : `, opened ${d.openedAt}`
  return `${d.id}  to ${d.destination} ${d.category}/${d.subclass}  ${d.state.toUpperCase()}  ${contents}${closed}`
}

const MODE_WORDS: Record<string, string> = { '1': 'sea', '2': 'rail', '3': 'road', '4': 'air' }

export function legWords(leg: Consignment['transport'][number]): string {
  const arrival = leg.arrival ? `, arriving ${leg.arrival}` : ''
  return `${leg.number} ${leg.from}→${leg.to} (${MODE_WORDS[leg.mode] ?? leg.mode}) departing ${leg.departure}${arrival}`
}

export function consignmentCloseJson(result: {
  consignment: Consignment
  documents: DocumentFile[]
}): Record<string, unknown> {
  const { consignment, documents } = result
  const file = (kind: DocumentFile['kind']) => documents.find((d) => d.kind === kind)?.path ?? null
  return {
    consignmentId: consignment.id,
    receptacles: consignment.receptacles,
    weightKg: consignment.weightKg,
    files: { cardit: file('cardit'), precon: file('precon') },
    consignment,
    documents,
  }
}

export function consignmentLine(c: Consignment): string {
  const legs = c.transport.map(legWords).join('; ')
  const status = c.status ? `  status: ${c.status} (${c.statusAt})` : '  no carrier event yet'
  return (
    `${c.id}  to ${c.destination} ${c.category} by ${c.carrier}: ${legs}  ` +
    `${plural(c.receptacles, 'receptacle')}, ${kg(c.weightKg)}, closed ${c.closedAt} by ${c.closedBy}${status}`
  )
}

export function messageLine(m: Message): string {
  const partner = m.partner === null ? '' : m.direction === 'in' ? `  from ${m.partner}` : `  to ${m.partner}`
  const subject = m.subject === null ? '' : `  ${m.subject}`
  const resend = m.resendOf === null ? '' : `  (resends #${m.resendOf})`
  return `#${m.id}  ${m.direction.toUpperCase().padEnd(3)} ${m.type.padEnd(7)}${partner}${subject}  ${m.state.toUpperCase()}  ${m.createdAt}${resend}`
}

/** Every fact of a message a person looks for, one per line, before its content. */
export function messageDetailLines(m: Message): string[] {
  const lines = [messageLine(m)]
  if (m.controlRef !== null) lines.push(`  interchange control reference: ${m.controlRef}`)
  if (m.file !== null) lines.push(`  file: ${m.file}`)
  lines.push(`  by: ${m.createdBy}`)
  if (m.reason !== null) {
    const [first, ...rest] = m.reason.split('\n')
    lines.push(`  ${m.state === 'quarantined' ? 'why' : 'note'}: ${first}`)
    for (const line of rest) lines.push(`       ${line}`)
  }
  return lines
}

export function partnerLine(p: Partner): string {
  const qualifier = p.ediQualifier ? `:${p.ediQualifier}` : ''
  return `${p.id}  ${p.kind.padEnd(7)} EDI id ${p.ediId}${qualifier}${p.name ? `  ${p.name}` : ''}`
}

export function unconfirmedLine(r: {
  receptacleId: string
  dispatchId: string
  destination: string
  advisedAt: string
  reason: string
}): string {
  return `${r.receptacleId}  to ${r.destination}  advised ${r.advisedAt}: ${r.reason}`
}

/** What a decoded message is about, in a few words: its subject and how much it carries. */
export function recordWords(decoded: DecodedMessage): string {
  switch (decoded.type) {
    case 'PREDES': {
      const r = decoded.record
      const items = r.receptacles.reduce((n, x) => n + x.items.length, 0)
      return `dispatch ${r.dispatchId} ${r.origin}→${r.destination}: ${plural(r.receptacles.length, 'receptacle')}, ${plural(items, 'item')}`
    }
    case 'RESDES':
      return `dispatch ${decoded.record.dispatchId} received at ${decoded.record.office}: ${plural(decoded.record.receptacles.length, 'receptacle')}`
    case 'CARDIT':
    case 'PRECON':
      return `consignment ${decoded.record.consignmentId} ${decoded.record.origin}→${decoded.record.destination} by ${decoded.record.carrier}: ${plural(decoded.record.receptacles.length, 'receptacle')}`
    case 'RESCON':
      return `consignment ${decoded.record.consignmentId} taken over at ${decoded.record.office}: ${plural(decoded.record.receptacles.length, 'receptacle')}`
    case 'RESDIT':
      return `consignment ${decoded.record.consignmentId} by ${decoded.record.carrier}: ${plural(decoded.record.events.length, 'carrier event')} (${decoded.record.events.map((e) => e.code).join(', ')})`
    case 'EMSEVT':
      return plural(decoded.record.events.length, 'item event')
    case 'CUSITM':
      return `item ${decoded.record.itemId} to ${decoded.record.destination}: ${plural(decoded.record.contents.length, 'content line')}, ${decoded.record.total.amount} ${decoded.record.total.currency}`
    case 'CUSRSP':
      return `${plural(decoded.record.responses.length, 'customs decision')} (${decoded.record.responses.map((r) => `${r.itemId} ${r.indicator}`).join(', ')})`
    case 'ITMREF':
      return `${plural(decoded.record.referrals.length, 'referral')} (${decoded.record.referrals.map((r) => `${r.itemId} ${r.type}`).join(', ')})`
    case 'REFRSP':
      return `${plural(decoded.record.responses.length, 'referral response')} (${decoded.record.responses.map((r) => `${r.itemId} ${r.code}`).join(', ')})`
  }
}
