// The station's scanners and scales, edited in Settings and saved in the engine with
// `devices.configure`. Saving needs a supervisor, exchange office staff or an administrator signed in;
// the form says so before anyone tries, and shows the engine's refusal in words if it comes anyway.
import { useEffect, useState, type ReactNode } from 'react'
import type { Role } from '../../api/bagging'
import type { ConnectionStatus } from '../contract/client'
import { getStationClient } from '../contract/client'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import type { MessageKey } from '../i18n/en'
import { roleKey } from '../session/roles'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import {
  BAUD_RATES,
  FRAMINGS,
  fromDrafts,
  newDraft,
  PROTOCOLS,
  toDraft,
  type DeviceDraft,
  type DraftProblem,
} from './deviceForm'

const CONFIGURES: readonly Role[] = ['supervisor', 'oe', 'admin']

type Loaded = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready' }

export function DeviceSettings({ connection }: { connection: ConnectionStatus }) {
  const t = useT()
  const { act, signedIn } = useSession()
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })
  const [drafts, setDrafts] = useState<DeviceDraft[]>([])
  const [working, setWorking] = useState(false)
  const [saved, setSaved] = useState(false)
  const [problems, setProblems] = useState<DraftProblem[]>([])
  const [refusal, setRefusal] = useState<EngineProblem | null>(null)

  useEffect(() => {
    if (connection !== 'open') return
    let live = true
    getStationClient()
      .invoke('devices.config', {})
      .then(({ devices }) => {
        if (!live) return
        setDrafts(devices.map(toDraft))
        setLoaded({ state: 'ready' })
      })
      .catch((error: unknown) => live && setLoaded({ state: 'failed', error }))
    return () => {
      live = false
    }
  }, [connection])

  const role = signedIn?.operator.role ?? null
  const mayConfigure = role !== null && CONFIGURES.includes(role)

  function change(index: number, next: DeviceDraft): void {
    setSaved(false)
    setProblems([])
    setDrafts((current) => current.map((d, i) => (i === index ? next : d)))
  }
  function add(kind: 'scanner' | 'scale', transport: 'serial' | 'simulated'): void {
    setSaved(false)
    setProblems([])
    setDrafts((current) => [...current, newDraft(current, kind, transport)])
  }
  function remove(index: number): void {
    setSaved(false)
    setProblems([])
    setDrafts((current) => current.filter((_, i) => i !== index))
  }

  function save(): void {
    setSaved(false)
    setRefusal(null)
    const result = fromDrafts(drafts)
    if (!result.ok) return setProblems(result.problems)
    setProblems([])
    setWorking(true)
    act('devices.configure', { devices: result.devices })
      .then(() => setSaved(true))
      .catch((error: unknown) => setRefusal(describeEngineError(error)))
      .finally(() => setWorking(false))
  }

  const wrong = (id: string, field: MessageKey): boolean =>
    problems.some((p) => 'field' in p && p.id === id && p.field === field)

  return (
    <section className="settings-group device-settings" aria-labelledby="device-settings-title">
      <h2 id="device-settings-title">{t('deviceConfig.title')}</h2>
      <p className="settings-note">{t('deviceConfig.intro')}</p>
      {loaded.state === 'loading' && <p>{t('deviceConfig.loading')}</p>}
      {loaded.state === 'failed' && (
        <ProblemNote title="deviceConfig.loadFailed" problem={describeEngineError(loaded.error)} />
      )}
      {loaded.state === 'ready' && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault()
            save()
          }}
        >
          {drafts.length === 0 && <p>{t('deviceConfig.empty')}</p>}
          {drafts.map((draft, index) => (
            <fieldset key={index} className="device-draft" data-testid={`device-draft-${index}`}>
              <legend>
                {t(`devices.kind.${draft.kind}`)} — {t(`devices.transport.${draft.transport}`)}
              </legend>
              <div className="form-row">
                <Field
                  label={t('deviceConfig.id')}
                  id={`dc-${index}-id`}
                  invalid={wrong(draft.id, 'deviceConfig.id')}
                >
                  <input
                    id={`dc-${index}-id`}
                    className="text-input"
                    value={draft.id}
                    disabled={draft.transport === 'hid'}
                    onChange={(e) => change(index, { ...draft, id: e.target.value })}
                  />
                </Field>
                {draft.transport === 'simulated' && (
                  <Field
                    label={t('deviceConfig.rate')}
                    id={`dc-${index}-rate`}
                    invalid={wrong(draft.id, 'deviceConfig.rate')}
                  >
                    <input
                      id={`dc-${index}-rate`}
                      className="text-input"
                      inputMode="numeric"
                      value={draft.rate}
                      onChange={(e) => change(index, { ...draft, rate: e.target.value })}
                    />
                  </Field>
                )}
                {draft.transport === 'serial' && (
                  <>
                    <Field
                      label={t('deviceConfig.path')}
                      id={`dc-${index}-path`}
                      invalid={wrong(draft.id, 'deviceConfig.path')}
                    >
                      <input
                        id={`dc-${index}-path`}
                        className="text-input code-path"
                        value={draft.path}
                        placeholder="/dev/ttyACM0"
                        spellCheck={false}
                        onChange={(e) => change(index, { ...draft, path: e.target.value })}
                      />
                    </Field>
                    <Field
                      label={t('deviceConfig.baud')}
                      id={`dc-${index}-baud`}
                      invalid={wrong(draft.id, 'deviceConfig.baud')}
                    >
                      <select
                        id={`dc-${index}-baud`}
                        className="text-input"
                        value={draft.baud}
                        onChange={(e) => change(index, { ...draft, baud: e.target.value })}
                      >
                        {[...new Set([...BAUD_RATES.map(String), draft.baud])].map((b) => (
                          <option key={b} value={b}>
                            {b}
                          </option>
                        ))}
                      </select>
                    </Field>
                    {draft.kind === 'scale' ? (
                      <Field label={t('deviceConfig.protocol')} id={`dc-${index}-protocol`} invalid={false}>
                        <select
                          id={`dc-${index}-protocol`}
                          className="text-input"
                          value={draft.protocol}
                          onChange={(e) =>
                            change(index, {
                              ...draft,
                              protocol: e.target.value as (typeof PROTOCOLS)[number],
                            })
                          }
                        >
                          {PROTOCOLS.map((p) => (
                            <option key={p} value={p}>
                              {t(`deviceConfig.protocol.${p}`)}
                            </option>
                          ))}
                        </select>
                      </Field>
                    ) : (
                      <Field label={t('deviceConfig.framing')} id={`dc-${index}-framing`} invalid={false}>
                        <select
                          id={`dc-${index}-framing`}
                          className="text-input"
                          value={draft.framing}
                          onChange={(e) =>
                            change(index, { ...draft, framing: e.target.value as (typeof FRAMINGS)[number] })
                          }
                        >
                          {FRAMINGS.map((f) => (
                            <option key={f} value={f}>
                              {t(`deviceConfig.framing.${f}`)}
                            </option>
                          ))}
                        </select>
                      </Field>
                    )}
                  </>
                )}
              </div>
              {draft.transport === 'serial' && draft.kind === 'scanner' && (
                <div className="form-row">
                  <Field
                    label={t('deviceConfig.accept')}
                    id={`dc-${index}-accept`}
                    invalid={wrong(draft.id, 'deviceConfig.accept')}
                  >
                    <input
                      id={`dc-${index}-accept`}
                      className="text-input code-path"
                      value={draft.accept}
                      placeholder="]C0 ]E0"
                      spellCheck={false}
                      onChange={(e) => change(index, { ...draft, accept: e.target.value })}
                    />
                  </Field>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={draft.hostAck}
                      onChange={(e) => change(index, { ...draft, hostAck: e.target.checked })}
                    />
                    <span>{t('deviceConfig.hostAck')}</span>
                  </label>
                </div>
              )}
              {draft.transport === 'hid' && (
                <p className="settings-note">
                  {t('deviceConfig.hidNote', {
                    vendor: draft.config.vendorId,
                    product: draft.config.productId,
                  })}
                </p>
              )}
              <button type="button" className="button" onClick={() => remove(index)}>
                {t('deviceConfig.remove')}
              </button>
            </fieldset>
          ))}
          <div className="choice-row">
            <button type="button" className="button" onClick={() => add('scanner', 'serial')}>
              {t('deviceConfig.addScanner')}
            </button>
            <button type="button" className="button" onClick={() => add('scale', 'serial')}>
              {t('deviceConfig.addScale')}
            </button>
            <button type="button" className="button" onClick={() => add('scanner', 'simulated')}>
              {t('deviceConfig.addSimulatedScanner')}
            </button>
            <button type="button" className="button" onClick={() => add('scale', 'simulated')}>
              {t('deviceConfig.addSimulatedScale')}
            </button>
          </div>
          {problems.length > 0 && (
            <div className="problem" role="alert" data-testid="device-config-problems">
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>
                    {'duplicate' in p
                      ? t('deviceConfig.duplicate', { id: p.duplicate })
                      : t('deviceConfig.invalid', { fields: `${p.id || '?'} — ${t(p.field)}` })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {refusal && <ProblemNote title="deviceConfig.refused" problem={refusal} />}
          {saved && (
            <p className="form-note saved-note" role="status">
              {t('deviceConfig.saved')}
            </p>
          )}
          {!mayConfigure && (
            <p className="form-note" data-testid="device-config-why">
              {role === null
                ? t('deviceConfig.signIn')
                : t('deviceConfig.notAllowed', { role: t(roleKey(role)) })}
            </p>
          )}
          <button type="submit" className="button button-primary" disabled={working || !mayConfigure}>
            {working ? t('deviceConfig.saving') : t('deviceConfig.save')}
          </button>
        </form>
      )}
    </section>
  )
}

function Field(props: { label: string; id: string; invalid: boolean; children: ReactNode }) {
  return (
    <div className={`form-field${props.invalid ? ' form-field-invalid' : ''}`}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
    </div>
  )
}
