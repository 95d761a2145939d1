// Consignments handed to carriers, newest first: to where, by which carrier and flight, when it leaves,
// how much, and the carrier's last word about it (RESDIT), or that it has said nothing yet.
import type { Consignment } from '../../api/exchange'
import { formatWeight } from '../codes/weight'
import { describeEngineError } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { formatWhen } from '../labels/when'
import { useLanguage, useT } from '../settings/SettingsContext'
import { carrierStatusWords } from './carrierStatus'
import { OfficeName } from './OfficeName'
import type { ConsignmentList as List } from './useConsignments'

/** A departure as the carrier wrote it, read on this station's clock. */
function departure(c: Consignment, language: ReturnType<typeof useLanguage>): string {
  const leg = c.transport[0]
  return leg ? formatWhen(leg.departure, language) : ''
}

export function ConsignmentList({ list }: { list: List }) {
  const t = useT()
  const language = useLanguage()
  return (
    <section className="xchange-group" aria-labelledby="consignments-title" data-testid="consignments">
      <h2 id="consignments-title">{t('consignment.title')}</h2>
      {list.state === 'loading' && <p className="xchange-note">{t('consignment.loading')}</p>}
      {list.state === 'failed' && (
        <ProblemNote title="consignment.loadFailed" problem={describeEngineError(list.error)} />
      )}
      {list.state === 'ready' && list.consignments.length === 0 && (
        <p className="xchange-empty">{t('consignment.none')}</p>
      )}
      {list.state === 'ready' && list.consignments.length > 0 && (
        <div className="table-scroll">
          <table className="xchange-table">
            <thead>
              <tr>
                <th scope="col">{t('consignment.col.id')}</th>
                <th scope="col">{t('dispatch.col.destination')}</th>
                <th scope="col">{t('consignment.col.transport')}</th>
                <th scope="col">{t('consignment.col.departure')}</th>
                <th scope="col" className="numeric">
                  {t('dispatch.col.receptacles')}
                </th>
                <th scope="col" className="numeric">
                  {t('dispatch.col.weight')}
                </th>
                <th scope="col">{t('consignment.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.consignments.map((c) => {
                const status = carrierStatusWords(c.status, t)
                const leg = c.transport[0]
                return (
                  <tr key={c.id} data-testid={`consignment-${c.id}`}>
                    <td className="code">{c.id}</td>
                    <td>
                      <OfficeName code={c.destination} />
                    </td>
                    <td className="code">
                      {c.carrier} {leg?.number ?? ''}
                      {leg && (
                        <span className="xsub">
                          {leg.from} → {leg.to}
                        </span>
                      )}
                    </td>
                    <td>{departure(c, language)}</td>
                    <td className="numeric">{c.receptacles}</td>
                    <td className="numeric">{formatWeight(c.weightKg, language)}</td>
                    <td data-testid="consignment-status">
                      {status ? (
                        <>
                          <strong>{status}</strong>
                          {c.statusAt && <span className="xsub">{formatWhen(c.statusAt, language)}</span>}
                        </>
                      ) : (
                        <span className="xchange-muted">{t('consignment.noStatus')}</span>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
