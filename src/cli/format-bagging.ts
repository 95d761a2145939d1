// How the bagging commands read at a terminal (without --json), and the JSON shapes scripts rely on:
// the keys a script looks for first come first.
import type { Dispatch, DestinationPolicy, Receptacle, ScanResult, StationEvent } from '../api'

function kg(value: number | null): string {
  return value === null ? 'weight unknown' : `${value.toFixed(1)} kg`
}

export function receptacleJson(receptacle: Receptacle): Record<string, unknown> {
  const { handle, dispatch, serial, ...rest } = receptacle
  return { handle, dispatch, serial, ...rest }
}

export function closedReceptacleJson(receptacle: Receptacle, dispatch: Dispatch): Record<string, unknown> {
  const {
    receptacleId,
    items,
    weightKg,
    handle,
    dispatch: dispatchId,
    highest,
    registered,
    ...rest
  } = receptacle
  return {
    receptacleId,
    items,
    weightKg,
    handle,
    dispatch: dispatchId,
    highest,
    registered,
    ...rest,
    dispatchState: dispatch.state,
  }
}

export function scanJson(result: ScanResult): Record<string, unknown> {
  const { code, outcome, reason, receptacle, seq, itemId, at } = result
  return { code, outcome, reason, receptacle, seq, itemId, at }
}

export function receptacleLine(r: Receptacle): string {
  const what = `#${r.handle} to ${r.destination} ${r.category}/${r.subclass}, dispatch ${r.dispatch} receptacle ${r.serial}`
  const contents = `${r.items} item${r.items === 1 ? '' : 's'}, ${kg(r.weightKg)} (limit ${r.weightLimitKg} kg)`
  return `${what}: ${r.state.toUpperCase()}, ${contents}${r.receptacleId ? `, S9 ${r.receptacleId}` : ''}`
}

export function dispatchLine(d: Dispatch): string {
  return `dispatch ${d.id} (number ${d.number} of ${d.year}) to ${d.destination}: ${d.state}, ${d.receptacles} receptacle${d.receptacles === 1 ? '' : 's'}`
}

export function scanLine(result: ScanResult): string {
  const where = result.receptacle === null ? '' : ` → #${result.receptacle}`
  return `${result.outcome.toUpperCase().padEnd(19)} ${result.code}${where}  ${result.reason}  (event ${result.seq})`
}

export function eventLine(e: StationEvent): string {
  const parts = [`${String(e.seq).padStart(6)}  ${e.at}  ${e.type}`, `by ${e.operator}`]
  if (e.device) parts.push(`on ${e.device}`)
  if (e.code !== null) parts.push(e.code)
  if (e.outcome !== null) parts.push(e.outcome.toUpperCase())
  if (e.receptacle !== null) parts.push(`#${e.receptacle}`)
  if (e.ref !== null) parts.push(`undoes ${e.ref}`)
  return `${parts.join(' ')}${e.reason ? `  ${e.reason}` : ''}`
}

export function policyLine(p: DestinationPolicy): string {
  const rules = [
    p.requiresEad ? 'requires advance data (EAD)' : null,
    p.requiresPreAdvice ? 'requires pre-advice' : null,
    p.weightLimitKg === null ? null : `receptacle limit ${p.weightLimitKg} kg`,
  ].filter((rule) => rule !== null)
  return `${p.destination}: ${rules.length ? rules.join(', ') : 'no special rule'}`
}
