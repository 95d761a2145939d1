// The answer to the last scan, big enough to read from a step away: outcome in colour, icon and
// words; kind; the code grouped as printed; why it is not valid; warnings; the fields in words.
import type { Identification } from '../../core/ids/types'
import { useLanguage, useT } from '../settings/SettingsContext'
import { describeFields } from './fields'
import { translateFinding } from './findings'
import { groupCode } from '../codes/groupCode'
import { VerdictIcon } from '../feedback/VerdictIcon'
import { kindKey, outcomeOf, outcomeText } from './outcome'

/** The input shows only when it says something the normalised code does not (e.g. a scanner prefix). */
function typedDiffers(result: Identification): boolean {
  return result.input.replace(/[\s-]/g, '').toUpperCase() !== result.normalized
}

export function ResultCard({ result }: { result: Identification }) {
  const t = useT()
  const language = useLanguage()
  const outcome = outcomeOf(result)
  const rows = describeFields(result, language, t)
  return (
    <article className={`result result-${outcome}`} data-testid="result" data-outcome={outcome}>
      <header className="result-head">
        <VerdictIcon verdict={outcome} size={56} />
        <p className="result-outcome" data-testid="result-outcome">
          {outcomeText(result, t)}
        </p>
      </header>
      <div className="result-body">
        <div className="result-kind-code">
          <p className="result-kind" data-testid="result-kind">
            {t(kindKey(result.kind))}
          </p>
          <p className="result-code code" data-testid="result-code">
            {result.normalized === '' ? '—' : groupCode(result.normalized)}
          </p>
        </div>
        {typedDiffers(result) && <p className="result-typed">{t('result.typed', { input: result.input })}</p>}
        {result.symbology && (
          <p className="result-typed">{t('result.symbology', { symbology: result.symbology })}</p>
        )}
        {result.errors.length > 0 && (
          <section className="findings findings-error" data-testid="result-errors">
            <h2>{t('result.errors')}</h2>
            <ul>
              {result.errors.map((finding, index) => (
                <li key={index}>
                  <VerdictIcon verdict="invalid" size={28} />
                  <span>{translateFinding(finding, result.kind, t)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {result.warnings.length > 0 && (
          <section className="findings findings-warning" data-testid="result-warnings">
            <h2>{t('result.warnings')}</h2>
            <ul>
              {result.warnings.map((finding, index) => (
                <li key={index}>
                  <VerdictIcon verdict="warning" size={28} />
                  <span>{translateFinding(finding, result.kind, t)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {rows.length > 0 && (
          <dl className="fields" data-testid="result-fields">
            {rows.map((row) => (
              <div className="field" key={row.label}>
                <dt>{row.label}</dt>
                <dd>
                  {row.code !== null && <span className="code field-code">{row.code}</span>}
                  {row.text !== null && <span className="field-text">{row.text}</span>}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </article>
  )
}
