// The office-of-exchange CLI tests' common ground: a station with a dispatch to Chicago filled and closed
// through the command line, as the OE desk would do it.
import { expect } from 'vitest'
import { CHICAGO, initialised, letter, openToChicago, registered, station } from './helpers'

export interface Bag {
  handle: number
  items: string[]
  receptacleId: string
}

/** Opens `bags` letter receptacles to Chicago, scans `perBag` items into each and closes them (not as last). */
export async function fillBags(data: string, bags: number, perBag: number, first = 1): Promise<Bag[]> {
  const filled: Bag[] = []
  let n = first
  for (let b = 0; b < bags; b++) {
    const open = await openToChicago(data, '--json')
    expect(open.code, open.err.join('\n')).toBe(0)
    const handle = (open.json()[0] as { receptacle: { handle: number } }).receptacle.handle
    const items = Array.from({ length: perBag }, (_, i) =>
      i === 0 && b === 0 ? registered(n++) : letter(n++),
    )
    const scan = await station(['scan', '--data', data, '--json', '--receptacle', String(handle), ...items])
    expect(scan.code, scan.out.join('\n')).toBe(0)
    const close = await station([
      'receptacle',
      'close',
      '--data',
      data,
      '--receptacle',
      String(handle),
      '--weight',
      String(2 + b),
      '--json',
    ])
    expect(close.code, close.err.join('\n')).toBe(0)
    filled.push({ handle, items, receptacleId: String(close.json()[0]!.receptacleId) })
  }
  return filled
}

export const TO_CHICAGO = ['--to', CHICAGO, '--category', 'A', '--subclass', 'UN']

/** A new station with `bags` receptacles to Chicago in a dispatch closed with `dispatch close --json`. */
export async function closedDispatch(bags = 2, perBag = 2) {
  const data = await initialised()
  const filled = await fillBags(data, bags, perBag)
  const close = await station(['dispatch', 'close', '--data', data, ...TO_CHICAGO, '--json'])
  expect(close.code, close.err.join('\n')).toBe(0)
  const result = close.json()[0] as {
    dispatchId: string
    receptacles: number
    items: number
    weightKg: number
    files: { predes: string; letterBill: string; deliveryBill: string }
    registeredReceptacles: number
    highestSerial: number
  }
  return { data, bags: filled, result }
}

export const LEG = [
  '--carrier',
  'AF',
  '--flight',
  'AF0012',
  '--from',
  'CDG',
  '--to',
  'ORD',
  '--departure',
  '2026-03-14T22:10:00+01:00',
]
