// The open receptacles as the engine last described them. Every answer and every `receptacle.changed`
// event goes through `applyReceptacle`, so a scan at another station updates this one's counts.
import type { Receptacle } from '../../api/bagging'

/** Newest first: the receptacle just opened is the one a worker looks for. */
function newestFirst(a: Receptacle, b: Receptacle): number {
  return b.handle - a.handle
}

export function applyReceptacle(list: readonly Receptacle[], receptacle: Receptacle): Receptacle[] {
  const others = list.filter((r) => r.handle !== receptacle.handle)
  if (receptacle.state !== 'open') return others
  return [...others, receptacle].sort(newestFirst)
}

export function openReceptacles(all: readonly Receptacle[]): Receptacle[] {
  return all.filter((r) => r.state === 'open').sort(newestFirst)
}
