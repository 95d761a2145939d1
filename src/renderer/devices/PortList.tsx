// The serial ports and HID scanners this computer lists, with the problems met while looking (no
// permission on /dev/ttyACM0, a HID library that failed to load), so a setup is diagnosed on screen.
import { useEffect, useState } from 'react'
import type { CommandOutput } from '../../api'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { describeEngineError } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useT } from '../settings/SettingsContext'

type Ports =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; answer: CommandOutput<'devices.ports'> }

export function PortList({ connection }: { connection: ConnectionStatus }) {
  const t = useT()
  const [ports, setPorts] = useState<Ports>({ state: 'loading' })
  const [round, setRound] = useState(0)
  useEffect(() => {
    if (connection !== 'open') return
    let live = true
    getStationClient()
      .invoke('devices.ports', {})
      .then((answer) => live && setPorts({ state: 'ready', answer }))
      .catch((error: unknown) => live && setPorts({ state: 'failed', error }))
    return () => {
      live = false
    }
  }, [connection, round])

  return (
    <section className="devices-group" aria-labelledby="ports-title" data-testid="ports">
      <div className="devices-group-head">
        <h2 id="ports-title">{t('devices.ports')}</h2>
        <button
          type="button"
          className="button"
          onClick={() => {
            setPorts({ state: 'loading' })
            setRound((n) => n + 1)
          }}
        >
          {t('devices.lookAgain')}
        </button>
      </div>
      {ports.state === 'loading' && <p>{t('devices.portsLoading')}</p>}
      {ports.state === 'failed' && (
        <ProblemNote title="devices.portsFailed" problem={describeEngineError(ports.error)} />
      )}
      {ports.state === 'ready' && (
        <>
          {ports.answer.problems.length > 0 && (
            <div className="problem" role="alert">
              <p className="problem-title">{t('devices.portsProblems')}</p>
              <ul lang="en">
                {ports.answer.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          {ports.answer.ports.length === 0 ? (
            <p>{t('devices.portsNone')}</p>
          ) : (
            <table className="port-table">
              <thead>
                <tr>
                  <th scope="col">{t('devices.portPath')}</th>
                  <th scope="col">{t('devices.portMaker')}</th>
                  <th scope="col">{t('devices.portIds')}</th>
                  <th scope="col">{t('devices.portSerial')}</th>
                </tr>
              </thead>
              <tbody>
                {ports.answer.ports.map((port) => (
                  <tr key={`${port.transport}:${port.path}`}>
                    <th scope="row">
                      <code className="code-path">{port.path}</code> (
                      {t(`devices.transport.${port.transport}`)})
                    </th>
                    <td>{[port.manufacturer, port.product].filter(Boolean).join(' — ') || '—'}</td>
                    <td>
                      <code>
                        {port.vendorId || port.productId
                          ? `${port.vendorId ?? '?'}:${port.productId ?? '?'}`
                          : '—'}
                      </code>
                    </td>
                    <td>{port.serialNumber ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
}
