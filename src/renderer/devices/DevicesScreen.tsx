// The Devices screen: each scanner and scale with its status in words and colour, what it last sent
// (for diagnosis over the phone), the live weight, a test scan that scans nothing into a bag, and the
// ports this computer can see.
import type { ConnectionStatus } from '../contract/client'
import { describeEngineError } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useT } from '../settings/SettingsContext'
import { ScreenHeading } from '../shell/ScreenHeading'
import { screenTitle } from '../shell/screens'
import { DeviceCard } from './DeviceCard'
import { PortList } from './PortList'
import { TestScan } from './TestScan'
import { useDevices } from './useDevices'

export function DevicesScreen({ connection }: { connection: ConnectionStatus }) {
  const t = useT()
  const { list } = useDevices(connection)
  return (
    <section className="devices" data-testid="devices-screen">
      <ScreenHeading>{t(screenTitle('devices'))}</ScreenHeading>
      <p className="devices-intro">{t('devices.intro')}</p>
      {list.state === 'loading' && <p>{t('devices.loading')}</p>}
      {list.state === 'failed' && (
        <ProblemNote title="devices.failed" problem={describeEngineError(list.error)} />
      )}
      {list.state === 'ready' && list.devices.length === 0 && (
        <p className="devices-none">{t('devices.none')}</p>
      )}
      {list.state === 'ready' && list.devices.length > 0 && (
        <ul className="device-list" aria-label={t(screenTitle('devices'))}>
          {list.devices.map((device) => (
            <li key={device.id}>
              <DeviceCard device={device} />
            </li>
          ))}
        </ul>
      )}
      <TestScan />
      <PortList connection={connection} />
    </section>
  )
}
