// Language and sound for this station, and what the engine says about itself.
import type { ConnectionStatus } from '../contract/client'
import { DeviceSettings } from '../devices/DeviceSettings'
import { playTone, type Tone } from '../feedback/tones'
import type { AppInfoState } from '../engine/appInfo'
import { describeEngineError } from '../engine/errors'
import type { MessageKey } from '../i18n/en'
import { LANGUAGE_AUTONYMS, LANGUAGES } from '../i18n/languages'
import { ScreenHeading } from '../shell/ScreenHeading'
import { WEDGE_GAP_RANGE } from './settings'
import { useSettings, useT } from './SettingsContext'

const TONES: readonly Tone[] = ['good', 'warning', 'error']

/** Names for the lists the engine ships; a list added later still shows, by its identifier. */
const LIST_NAMES: Record<string, MessageKey> = {
  'service-indicators': 'codeList.serviceIndicators',
  countries: 'codeList.countries',
  'mail-categories': 'codeList.mailCategories',
  'mail-classes': 'codeList.mailClasses',
  'mail-subclasses': 'codeList.mailSubclasses',
  impc: 'codeList.impc',
}

export function SettingsScreen({
  appInfo,
  connection,
}: {
  appInfo: AppInfoState
  connection: ConnectionStatus
}) {
  const t = useT()
  const { settings, update } = useSettings()
  const percent = new Intl.NumberFormat(settings.language, { style: 'percent' })
  return (
    <section className="settings">
      <ScreenHeading>{t('screen.settings')}</ScreenHeading>

      <fieldset className="settings-group">
        <legend>{t('settings.language')}</legend>
        <div className="choice-row">
          {LANGUAGES.map((language) => (
            <label key={language} className="choice" lang={language}>
              <input
                type="radio"
                name="language"
                value={language}
                checked={settings.language === language}
                onChange={() => update({ language })}
              />
              <span>{LANGUAGE_AUTONYMS[language]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="settings-group">
        <legend>{t('settings.sound')}</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.soundOn}
            onChange={(event) => update({ soundOn: event.target.checked })}
          />
          <span>{t('settings.soundOn')}</span>
        </label>
        <div className="volume-row">
          <label htmlFor="volume">{t('settings.volume')}</label>
          <input
            id="volume"
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(settings.volume * 100)}
            disabled={!settings.soundOn}
            onChange={(event) => update({ volume: Number(event.target.value) / 100 })}
            aria-valuetext={percent.format(settings.volume)}
          />
          <output htmlFor="volume" className="volume-value">
            {percent.format(settings.volume)}
          </output>
        </div>
        <p className="settings-subtitle">{t('settings.try')}</p>
        <div className="choice-row">
          {TONES.map((tone) => (
            <button
              key={tone}
              type="button"
              className={`button tone-button tone-${tone}`}
              disabled={!settings.soundOn}
              onClick={() => playTone(tone, settings)}
            >
              {t(`tone.${tone}`)}
            </button>
          ))}
        </div>
        <p className="settings-note">{t('settings.kept')}</p>
      </fieldset>

      <fieldset className="settings-group" data-testid="wedge-settings">
        <legend>{t('settings.wedge')}</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.wedge.enabled}
            onChange={(event) => update({ wedge: { ...settings.wedge, enabled: event.target.checked } })}
          />
          <span>{t('settings.wedgeOn')}</span>
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.wedge.mapByPosition}
            disabled={!settings.wedge.enabled}
            onChange={(event) =>
              update({ wedge: { ...settings.wedge, mapByPosition: event.target.checked } })
            }
          />
          <span>{t('settings.wedgeMap')}</span>
        </label>
        <div className="volume-row">
          <label htmlFor="wedge-gap">{t('settings.wedgeGap')}</label>
          <input
            id="wedge-gap"
            type="range"
            min={WEDGE_GAP_RANGE.min}
            max={WEDGE_GAP_RANGE.max}
            step={5}
            value={settings.wedge.maxGapMs}
            disabled={!settings.wedge.enabled}
            onChange={(event) =>
              update({ wedge: { ...settings.wedge, maxGapMs: Number(event.target.value) } })
            }
            aria-valuetext={t('settings.wedgeGapValue', { ms: settings.wedge.maxGapMs })}
          />
          <output htmlFor="wedge-gap" className="volume-value">
            {t('settings.wedgeGapValue', { ms: settings.wedge.maxGapMs })}
          </output>
        </div>
        <p className="settings-note">{t('settings.wedgeNote')}</p>
      </fieldset>

      <DeviceSettings connection={connection} />

      <section className="settings-group about" aria-labelledby="about-title">
        <h2 id="about-title">{t('settings.about')}</h2>
        <AboutEngine appInfo={appInfo} />
      </section>
    </section>
  )
}

function AboutEngine({ appInfo }: { appInfo: AppInfoState }) {
  const t = useT()
  if (appInfo.state === 'loading') return <p>{t('settings.loading')}</p>
  if (appInfo.state === 'failed') {
    const problem = describeEngineError(appInfo.error)
    return (
      <div className="about-failed" data-testid="about-failed">
        <p>
          <strong>{t('settings.infoFailed')}</strong> {t(problem.reason)}
        </p>
        <p className="failure-details">{t('engineError.details', { message: problem.details })}</p>
      </div>
    )
  }
  const { info } = appInfo
  return (
    <>
      <dl className="about-list" data-testid="about">
        <div>
          <dt>{t('settings.engine')}</dt>
          <dd>
            {info.product} — {t(`status.engine.${info.engine}`)}
          </dd>
        </div>
        <div>
          <dt>{t('settings.version')}</dt>
          <dd>{info.version}</dd>
        </div>
        <div>
          <dt>{t('settings.dataDir')}</dt>
          {info.dataDir === null ? (
            <dd>{t('settings.dataDirNone')}</dd>
          ) : (
            <dd className="code-path">{info.dataDir}</dd>
          )}
        </div>
      </dl>
      <h3>{t('settings.codeLists')}</h3>
      <table className="code-lists" data-testid="code-lists">
        <thead>
          <tr>
            <th scope="col">{t('settings.list')}</th>
            <th scope="col">{t('settings.listVersion')}</th>
            <th scope="col" className="numeric">
              {t('settings.listEntries')}
            </th>
            <th scope="col">{t('settings.listSource')}</th>
          </tr>
        </thead>
        <tbody>
          {info.codeLists.map((list) => {
            const name = Object.prototype.hasOwnProperty.call(LIST_NAMES, list.list)
              ? LIST_NAMES[list.list]
              : undefined
            return (
              <tr key={list.list}>
                <th scope="row">
                  {name ? t(name) : list.list}
                  {name && <span className="list-id">{list.list}</span>}
                </th>
                {/* The engine describes its lists in English: data, not interface text. */}
                <td lang="en">{list.version}</td>
                <td className="numeric">{list.entries}</td>
                <td className="source" lang="en">
                  {list.source}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}
