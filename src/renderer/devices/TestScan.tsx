// A scan that scans nothing into a bag: the decoded code, its symbology and whether it would be a valid
// item, from a typed code or from the last code any scanner read while this screen is open.
import { useEffect, useState, type FormEvent } from 'react'
import type { Identification } from '../../core/ids/types'
import { getStationClient } from '../contract/client'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { outcomeText } from '../identify/outcome'
import { useT } from '../settings/SettingsContext'

interface Tested {
  from: string | null
  symbology: string | null
  result: Identification
}

export function TestScan() {
  const t = useT()
  const [text, setText] = useState('')
  const [working, setWorking] = useState(false)
  // Kept apart: a scanner firing elsewhere in the hall must not replace the code the person is testing.
  const [typed, setTyped] = useState<Tested | null>(null)
  const [read, setRead] = useState<Tested | null>(null)
  const [problem, setProblem] = useState<EngineProblem | null>(null)

  function check(code: string, from: string | null, symbology: string | null): void {
    const mine = from === null
    if (mine) {
      setWorking(true)
      setProblem(null)
    }
    getStationClient()
      .invoke('ids.identify', { codes: [code] })
      .then(({ results }) => {
        const result = results[0]
        if (!result) return
        const tested = { from, symbology: symbology ?? result.symbology, result }
        if (from === null) setTyped(tested)
        else setRead(tested)
      })
      .catch((error: unknown) => mine && setProblem(describeEngineError(error)))
      .finally(() => mine && setWorking(false))
  }

  // A scanner read while this screen is open is tested too (the station still handles it as usual).
  useEffect(
    () =>
      getStationClient().on('device.scan', (scan) => {
        check(scan.code, scan.deviceId, scan.symbology)
      }),
    [],
  )

  function submit(event: FormEvent): void {
    event.preventDefault()
    const code = text.trim()
    if (!code) return
    check(code, null, null)
    setText('')
  }

  return (
    <section className="devices-group" aria-labelledby="test-scan-title">
      <h2 id="test-scan-title">{t('devices.testScan')}</h2>
      <form className="scan-form" onSubmit={submit}>
        <label className="scan-label" htmlFor="test-scan-input">
          {t('devices.testScanLabel')}
        </label>
        <div className="scan-row">
          <input
            id="test-scan-input"
            className="scan-input"
            type="text"
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="button button-primary" disabled={working}>
            {working ? t('devices.testScanWorking') : t('devices.testScanSubmit')}
          </button>
        </div>
      </form>
      {problem && <ProblemNote title="devices.testFailed" problem={problem} />}
      {typed && <TestResult tested={typed} testId="test-result" />}
      {read && <TestResult tested={read} testId="device-scan-result" />}
    </section>
  )
}

function TestResult({ tested, testId }: { tested: Tested; testId: string }) {
  const t = useT()
  const item = tested.result.kind === 'item' && tested.result.valid
  return (
    <div className={`test-result ${item ? 'test-item' : 'test-not-item'}`} data-testid={testId} role="status">
      <p className="test-code">
        <code>{tested.result.normalized || tested.result.input}</code>
      </p>
      <p>
        {tested.from === null
          ? t('devices.testScanTyped')
          : t('devices.testScanFrom', { device: tested.from })}
      </p>
      <p>
        {tested.symbology === null
          ? t('devices.symbologyNone')
          : t('devices.symbology', { symbology: tested.symbology })}
      </p>
      <p className="test-verdict">
        {item
          ? t('devices.testItemYes')
          : t('devices.testItemNo', { outcome: outcomeText(tested.result, t) })}
      </p>
    </div>
  )
}
