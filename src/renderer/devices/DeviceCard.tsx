// One device: what it is, whether it works now (words and colour), where it is, and what it last sent.
import type { DeviceInfo } from '../../api/devices'
import { useLanguage, useT } from '../settings/SettingsContext'
import { ScaleWeight } from './ScaleWeight'
import { printableBytes, statusTone, statusWords, type ScaleState } from './status'

function scaleOf(device: DeviceInfo): ScaleState {
  if (device.status.state !== 'ready') return { kind: 'notReady', status: device.status }
  if (!device.weight) return { kind: 'noReading' }
  return device.weight.stable
    ? { kind: 'stable', kg: device.weight.kg }
    : { kind: 'moving', kg: device.weight.kg }
}

export function DeviceCard({ device }: { device: DeviceInfo }) {
  const t = useT()
  const language = useLanguage()
  const tone = statusTone(device.status)
  return (
    <article
      className={`device-card device-${tone}`}
      data-testid={`device-${device.id}`}
      data-state={device.status.state}
      aria-labelledby={`device-${device.id}-name`}
    >
      <header className="device-head">
        <h2 id={`device-${device.id}-name`}>
          {t(`devices.kind.${device.kind}`)} <span className="device-id">{device.id}</span>
        </h2>
        <p className={`device-status status-${tone}`} data-testid="device-status">
          <span className="device-status-dot" aria-hidden="true" />
          {statusWords(device.status, t, language)}
        </p>
      </header>
      <dl className="device-facts">
        <div>
          <dt>{t('devices.address')}</dt>
          <dd>
            {device.transport === 'simulated' ? (
              t('devices.transport.simulated')
            ) : (
              <>
                <code className="code-path">{device.address}</code> (
                {t(`devices.transport.${device.transport}`)})
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('devices.lastRaw')}</dt>
          <dd>
            {device.lastRaw === null ? (
              t('devices.lastRawNone')
            ) : (
              <code className="raw-bytes" data-testid="device-raw">
                {printableBytes(device.lastRaw)}
              </code>
            )}
          </dd>
        </div>
      </dl>
      {device.kind === 'scale' && <ScaleWeight scale={scaleOf(device)} />}
    </article>
  )
}
