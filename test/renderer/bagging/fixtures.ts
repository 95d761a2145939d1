// Receptacles and scans as the engine describes them, for a Roissy → Algiers letter dispatch.
import type { Receptacle, ScanResult } from '../../../src/api/bagging'

export function receptacle(change: Partial<Receptacle> = {}): Receptacle {
  return {
    handle: 1,
    dispatch: 'FRCDGADZALGDAUN60001',
    serial: 1,
    origin: 'FRCDGA',
    destination: 'DZALGD',
    category: 'A',
    subclass: 'UN',
    state: 'open',
    items: 0,
    weightKg: null,
    weightLimitKg: 30,
    receptacleId: null,
    highest: null,
    registered: null,
    openedAt: '2026-03-02T07:58:00.000Z',
    openedBy: 'ana',
    closedAt: null,
    ...change,
  }
}

export function scanned(change: Partial<ScanResult> = {}): ScanResult {
  return {
    seq: 10,
    code: 'RB555000114FR',
    itemId: 'RB555000114FR',
    outcome: 'accepted',
    reason: 'Accepted into receptacle 1 of dispatch FRCDGADZALGDAUN60001.',
    receptacle: 1,
    at: '2026-03-02T08:01:12.000Z',
    ...change,
  }
}
