import { describe, expect, it } from 'vitest'
import { createStationHandlers } from '../../src/station/handlers'

describe('station handlers', () => {
  const handlers = createStationHandlers({ engine: 'server', version: '1.2.3', dataDir: '/srv/station' })

  it('identifies every code in order, one result each', async () => {
    const { results } = await handlers['ids.identify']({ codes: ['RB123456785GB', 'HELLO', 'USORDA'] })
    expect(results.map((r) => r.kind)).toEqual(['item', 'unknown', 'office'])
  })

  it('tells a face where the engine runs and which code lists it uses', async () => {
    const info = await handlers['app.info']({})
    expect(info).toMatchObject({
      product: 'Post Station',
      version: '1.2.3',
      engine: 'server',
      dataDir: '/srv/station',
    })
    expect(info.codeLists.map((l) => l.list)).toEqual(
      expect.arrayContaining(['service-indicators', 'countries', 'mail-categories', 'impc']),
    )
    for (const list of info.codeLists) expect(list.entries).toBeGreaterThan(0)
  })
})
