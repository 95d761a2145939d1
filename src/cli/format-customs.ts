// How the customs commands read at a terminal (without --json), and the JSON shapes scripts rely on.
import type { CustomsDecision, CustomsItem, CustomsQueueEntry, DeclaredValue } from '../api/customs'
import { eventLine } from './format-bagging'

function money(v: DeclaredValue | null): string {
  if (v === null) return 'value unknown'
  return `value ${v.amount.toFixed(2)}${v.currency ? ` ${v.currency}` : ''}`
}

function itemEvent(d: CustomsDecision): string {
  return d.itemEventReason ? `${d.itemEvent} ${d.itemEventReason}` : d.itemEvent
}

export function decisionLine(d: CustomsDecision): string {
  const why = [d.kind?.replace(/_/g, ' '), d.reason].filter((w) => w).join(': ')
  const duty = d.duty
    ? `, duty ${d.duty.amount.toFixed(2)} ${d.duty.currency}${d.paymentReference ? ` paid (${d.paymentReference})` : ' unpaid'}`
    : ''
  const note = d.note ? `  note: ${d.note}` : ''
  return `${d.decidedAt}  ${d.decision.toUpperCase()} by ${d.decidedBy} (${itemEvent(d)})${why ? `: ${why}` : ''}${duty}${note}  (event ${d.seq})`
}

export function queueLine(e: CustomsQueueEntry): string {
  const parts = [
    e.itemId,
    e.state.toUpperCase().padEnd(9),
    e.direction.padEnd(6),
    `to ${e.destination ?? '?'}`,
    money(e.value),
    `presented ${e.ageHours} h ago by ${e.presentedBy}`,
  ]
  return `${parts.join('  ')}${e.hold ? `  hold: ${e.hold}` : ''}`
}

export function queueJson(e: CustomsQueueEntry): Record<string, unknown> {
  const { itemId, state, hold, ...rest } = e
  return { itemId, state, hold, ...rest }
}

/** After a decision or presentation: where the item stands now, in one line. */
export function changedLine(e: CustomsQueueEntry): string {
  const last = e.lastDecision
  const event = last ? ` (${itemEvent(last)})` : ''
  return `${e.state.toUpperCase().padEnd(9)} ${e.itemId}  ${e.direction} customs${event}${e.hold ? `  hold: ${e.hold}` : ''}`
}

export function itemLines(item: CustomsItem): string[] {
  const m = item.manifest
  const to = m.destinationOffice ?? m.destinationCountry ?? 'destination unknown'
  const facts = [
    m.mailClass ? `class ${m.mailClass}` : null,
    `to ${to}`,
    m.weightKg === null ? null : `${m.weightKg} kg`,
    m.contentsType,
    m.preAdvised ? 'pre-advised' : 'not pre-advised',
    m.ead ? 'with advance data (EAD)' : 'no EAD',
    m.doNotLoad ? 'DO NOT LOAD' : null,
  ].filter((f) => f !== null)
  const lines = [`${item.itemId}  ${facts.join(', ')}`]
  if (m.sender || m.addressee) lines.push(`  from ${m.sender ?? '?'} to ${m.addressee ?? '?'}`)
  const r = item.receptacle
  lines.push(
    r
      ? `  in receptacle #${r.handle} (dispatch ${r.dispatch}, serial ${String(r.serial).padStart(3, '0')}, ${r.state}${r.receptacleId ? `, S9 ${r.receptacleId}` : ''})`
      : '  in no receptacle',
  )
  const c = item.customs
  lines.push(
    c
      ? `  customs: ${c.state.toUpperCase()} (${c.direction}), presented ${c.presentedAt} by ${c.presentedBy}${c.hold ? `; hold: ${c.hold}` : ''}`
      : '  customs: never presented',
  )
  if (item.advance) {
    const tables = Object.entries(item.advance.records)
      .map(([t, rows]) => `${t} ${rows.length} row${rows.length === 1 ? '' : 's'}`)
      .join(', ')
    lines.push(`  advance data: ${money(item.advance.value)}; ${tables}`)
  } else lines.push('  advance data: none')
  if (item.decisions.length > 0) {
    lines.push('  decisions:')
    for (const d of item.decisions) lines.push(`    ${decisionLine(d)}`)
  }
  if (item.itemEvents.length > 0) {
    lines.push('  item events:')
    for (const e of item.itemEvents) {
      const extra = [e.reason, e.receptacle].filter((x) => x !== null).join(' ')
      lines.push(`    ${e.code}  ${e.at}  ${e.office}${extra ? `  ${extra}` : ''}`)
    }
  }
  if (item.history.length > 0) {
    lines.push('  history:')
    for (const e of item.history) lines.push(`  ${eventLine(e)}`)
  }
  return lines
}
