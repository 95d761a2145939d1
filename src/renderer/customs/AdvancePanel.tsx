// The item's electronic advance data in full, as the officer weighs it: EAD status and what blocks,
// the declaration (category, values, weights, charges), sender and addressee, every content line with
// its HS code, and the data-quality findings with the rule each broke. Field values are the data's own;
// the engine's sentences (findings, blocking reason) are shown in English as it says them.
import type { ReactNode } from 'react'
import type { AdvanceItemView } from '../../api/advance'
import { countryName } from '../codes/names'
import { useLanguage, useT } from '../settings/SettingsContext'
import { StateLine } from '../labels/StateLine'
import { formatWhen } from '../labels/when'
import { addressLines, eadLook, hasParty, linesTotal } from './advanceLook'
import { formatKg, formatMoney } from './look'
import type { AdvanceView } from './useCustomsItem'

export function AdvancePanel({ view }: { view: AdvanceView }) {
  const t = useT()
  return (
    <section
      className="customs-section"
      aria-labelledby="customs-advance-title"
      data-testid="customs-advance"
    >
      <h3 id="customs-advance-title">{t('customsAdvance.title')}</h3>
      {view.state === 'loading' && <p className="customs-muted">{t('customsAdvance.loading')}</p>}
      {view.state === 'none' && (
        <p className="form-note form-note-warning" data-testid="customs-advance-none">
          {t('customsAdvance.none')}
        </p>
      )}
      {view.state === 'failed' && (
        <p className="form-note form-note-error">
          {t('customsAdvance.failed')} <span className="failure-details">{view.problem.details}</span>
        </p>
      )}
      {view.state === 'ready' && <AdvanceData advance={view.advance} />}
    </section>
  )
}

function AdvanceData({ advance }: { advance: AdvanceItemView }) {
  const t = useT()
  const language = useLanguage()
  const money = (amount: number | null, currency: string | null) =>
    amount === null ? t('value.notGiven') : formatMoney(amount, currency, language, t)
  const country = (code: string | null) =>
    code === null ? t('value.notGiven') : `${code} ${countryName(code, language) ?? ''}`.trim()
  const sum = linesTotal(advance)
  const blocking = advance.findings.filter((f) => f.severity === 'block').length

  return (
    <>
      <div className="customs-ead">
        <StateLine
          look={eadLook(advance.status)}
          size="large"
          testId="customs-ead-status"
          state={advance.status}
        >
          {t(`customsAdvance.status.${advance.status}`)}
        </StateLine>
        <p className="form-note">
          {t(advance.needsEad ? 'customsAdvance.needsEad' : 'customsAdvance.noNeed')}{' '}
          {advance.referral &&
            t('customsAdvance.referral', { status: t(`customsAdvance.status.${advance.referral.status}`) })}
        </p>
        {advance.reason && (
          <p className="customs-engine-line">
            <span className="engine-says">{t('customs.engineSays')}</span>{' '}
            <span lang="en">{advance.reason}</span>
          </p>
        )}
      </div>

      <dl className="customs-facts">
        <Fact label={t('customsAdvance.category')}>
          {advance.category ? t(`customsAdvance.category.${advance.category}`) : t('value.notGiven')}
          {advance.gift === true && advance.category !== 'gift' && ` (${t('customsAdvance.markedGift')})`}
        </Fact>
        <Fact label={t('customsAdvance.totalValue')} testId="customs-advance-value">
          {money(advance.totalValue, advance.currency)}
          {sum && advance.totalValue !== null && sum.amount !== advance.totalValue && (
            <span className="customs-mismatch">
              {' '}
              {t('customsAdvance.linesSum', { amount: money(sum.amount, sum.currency) })}
            </span>
          )}
        </Fact>
        <Fact label={t('customsAdvance.totalWeight')}>
          {advance.totalWeightKg === null ? t('value.notGiven') : formatKg(advance.totalWeightKg, language)}
        </Fact>
        <Fact label={t('customsAdvance.postalCharges')}>
          {money(advance.postalCharges, advance.postalChargesCurrency)}
        </Fact>
        <Fact label={t('customsAdvance.origin')}>{country(advance.originCountry)}</Fact>
        <Fact label={t('customsAdvance.destination')}>{country(advance.destinationCountry)}</Fact>
        <Fact label={t('customsAdvance.mailClass')}>{advance.mailClass ?? t('value.notGiven')}</Fact>
        <Fact label={t('customsAdvance.file')}>
          {t('customsAdvance.fileValue', {
            file: advance.file,
            batch: advance.batch,
            when: formatWhen(advance.importedAt, language),
          })}
        </Fact>
      </dl>

      <div className="customs-parties">
        <Party title={t('customsAdvance.sender')} party={advance.sender} testId="customs-sender" />
        <Party title={t('customsAdvance.addressee')} party={advance.addressee} testId="customs-addressee" />
      </div>

      <h4>{t('customsAdvance.lines', { count: advance.lines.length })}</h4>
      {advance.lines.length === 0 ? (
        <p className="form-note form-note-warning">{t('customsAdvance.noLines')}</p>
      ) : (
        <div className="table-scroll">
          <table className="customs-table customs-lines" data-testid="customs-lines">
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  #
                </th>
                <th scope="col">{t('customsAdvance.line.description')}</th>
                <th scope="col">{t('customsAdvance.line.hsCode')}</th>
                <th scope="col" className="numeric">
                  {t('customsAdvance.line.quantity')}
                </th>
                <th scope="col" className="numeric">
                  {t('customsAdvance.line.netWeight')}
                </th>
                <th scope="col" className="numeric">
                  {t('customsAdvance.line.value')}
                </th>
                <th scope="col">{t('customsAdvance.line.origin')}</th>
              </tr>
            </thead>
            <tbody>
              {advance.lines.map((line, index) => (
                <tr key={index}>
                  <td className="numeric">{index + 1}</td>
                  <td>{line.description ?? <Missing />}</td>
                  <td className="code">{line.hsCode ?? <Missing />}</td>
                  <td className="numeric">{line.quantity ?? <Missing />}</td>
                  <td className="numeric">
                    {line.netWeightKg === null ? <Missing /> : formatKg(line.netWeightKg, language)}
                  </td>
                  <td className="numeric">
                    {line.value === null ? <Missing /> : money(line.value, line.currency)}
                  </td>
                  <td>{line.originCountry ?? <Missing />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h4>
        {advance.findings.length === 0
          ? t('customsAdvance.noFindings')
          : t('customsAdvance.findings', { count: advance.findings.length, blocking })}
      </h4>
      {advance.findings.length > 0 && (
        <ul className="customs-findings" data-testid="customs-findings">
          {advance.findings.map((finding, index) => (
            <li key={index} className={`customs-finding customs-finding-${finding.severity}`}>
              <span className="customs-finding-severity">
                {t(`customsAdvance.severity.${finding.severity}`)}
              </span>{' '}
              <span className="code customs-finding-field">{finding.field}</span>{' '}
              <span lang="en">{finding.message}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function Missing() {
  const t = useT()
  return <span className="customs-missing">{t('customsAdvance.missing')}</span>
}

function Fact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div className="customs-fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  )
}

function Party({
  title,
  party,
  testId,
}: {
  title: string
  party: AdvanceItemView['sender']
  testId: string
}) {
  const t = useT()
  return (
    <div className="customs-party" data-testid={testId}>
      <h4>{title}</h4>
      {hasParty(party) ? (
        <>
          <address className="customs-address">
            {addressLines(party).map((line, index) => (
              <span key={index}>{line}</span>
            ))}
          </address>
          <dl className="customs-contact">
            {party.phone && <ContactLine label={t('customsAdvance.phone')} value={party.phone} />}
            {party.email && <ContactLine label={t('customsAdvance.email')} value={party.email} />}
            {party.taxId && <ContactLine label={t('customsAdvance.taxId')} value={party.taxId} />}
          </dl>
        </>
      ) : (
        <p className="form-note form-note-warning">{t('customsAdvance.partyMissing')}</p>
      )}
    </div>
  )
}

function ContactLine({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}
