// One contract, several bindings (node-serialport's habit): the simulated binding always, the real
// serialport binding over a socat pty here, and over real hardware when POST_STATION_TEST_SCANNER names
// a port. What is checked is what the device manager relies on.
import { expect, it } from 'vitest'
import type { ByteBinding } from '../../src/devices'

export interface BindingTarget {
  binding: ByteBinding
  path: string
  /** Makes the device send bytes, when the target can (not with real hardware). */
  send?: (bytes: string) => Promise<void>
}

export function bindingContract(target: () => BindingTarget): void {
  it('opens the port and refuses a second opener (the port lock)', async () => {
    const { binding, path } = target()
    const port = await binding.open({ path, baudRate: 9600 })
    try {
      await expect(binding.open({ path, baudRate: 9600 })).rejects.toThrow(/lock/i)
    } finally {
      await port.close()
    }
  })

  it('rejects a pending read with canceled: true when the port is closed, and closes twice safely', async () => {
    const { binding, path } = target()
    const port = await binding.open({ path, baudRate: 9600 })
    const pending = port.read().then(
      () => null,
      (error: unknown) => error,
    )
    await port.close()
    expect(await pending).toMatchObject({ canceled: true })
    await port.close()
    // Closed means free: the next opener gets it.
    const again = await binding.open({ path, baudRate: 9600 })
    await again.close()
  })

  it('delivers what the device sends and writes what the application sends', async () => {
    const { binding, path, send } = target()
    const port = await binding.open({ path, baudRate: 9600 })
    try {
      await port.write(Buffer.from('\x1b7,', 'latin1'))
      if (send) {
        await send('RR123456785FR\r')
        let got = ''
        while (!got.endsWith('\r')) got += (await port.read()).toString('latin1')
        expect(got).toBe('RR123456785FR\r')
      }
    } finally {
      await port.close()
    }
  })

  it('refuses to open a port that does not exist', async () => {
    const { binding, path } = target()
    await expect(binding.open({ path: `${path}-nowhere`, baudRate: 9600 })).rejects.toThrow()
  })
}
