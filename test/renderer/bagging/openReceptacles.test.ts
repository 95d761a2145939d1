import { describe, expect, it } from 'vitest'
import { applyReceptacle, openReceptacles } from '../../../src/renderer/bagging/openReceptacles'
import { receptacle } from './fixtures'

describe('open receptacles', () => {
  const first = receptacle({ handle: 1 })
  const second = receptacle({ handle: 2, serial: 2 })

  it('lists the newest first', () => {
    expect(openReceptacles([first, second]).map((r) => r.handle)).toEqual([2, 1])
    expect(applyReceptacle([first], second).map((r) => r.handle)).toEqual([2, 1])
  })

  it('takes the counts of a scan made at another station', () => {
    const list = applyReceptacle([second, first], receptacle({ handle: 1, items: 4, weightKg: 1.2 }))
    expect(list.map((r) => [r.handle, r.items])).toEqual([
      [2, 0],
      [1, 4],
    ])
  })

  it('drops a receptacle once it is closed, wherever it was closed', () => {
    const closed = receptacle({ handle: 2, state: 'closed', receptacleId: 'FRCDGADZALGDAUN60001002000034' })
    expect(applyReceptacle([second, first], closed).map((r) => r.handle)).toEqual([1])
    expect(openReceptacles([first, closed]).map((r) => r.handle)).toEqual([1])
  })
})
