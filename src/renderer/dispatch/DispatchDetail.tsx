// One dispatch in full: its S8 and parts, its totals, and what may be done with it now: close it (F8)
// while open, consign it to a carrier (F9) once closed. A closed dispatch shows its documents; one
// closed from this screen also says what the close recorded.
import type { ReactNode } from 'react'
import type { ReopenResult } from '../../api/bagging'
import type { DispatchCloseResult, DispatchSummary } from '../../api/exchange'
import { groupCode } from '../codes/groupCode'
import { categoryMeaning, subclassMeaning } from '../codes/names'
import { formatWeight } from '../codes/weight'
import type { ConnectionStatus } from '../contract/client'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { formatWhen } from '../labels/when'
import { useLanguage, useT } from '../settings/SettingsContext'
import { ShortcutKey } from '../shell/ShortcutKey'
import { CloseResult } from './CloseResult'
import { DocumentList } from './DocumentList'
import { dispatchLook } from './look'
import { OfficeName } from './OfficeName'
import { ReceptacleLabels } from './ReceptacleLabels'
import { DISPATCH_SHORTCUTS } from './shortcuts'
import { StateIcon } from './StateIcon'
import { useDispatchDocuments } from './useDispatchDocuments'

interface DispatchDetailProps {
  connection: ConnectionStatus
  dispatch: DispatchSummary
  /** What this screen's close of it answered, when it was closed here. */
  closed: DispatchCloseResult | null
  /** Why acting is not possible now (nobody signed in), for the buttons to point at; null: they act. */
  blockedBy: string | null
  onClose: () => void
  onConsign: () => void
  onReopened: (result: ReopenResult) => void
  onRefused: (problem: EngineProblem) => void
}

interface FactProps {
  label: string
  children: ReactNode
  testId?: string
  wide?: boolean
}

function Fact({ label, children, testId, wide = false }: FactProps) {
  return (
    <div className={wide ? 'xfact xfact-wide' : 'xfact'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  )
}

export function DispatchDetail({
  connection,
  dispatch,
  closed,
  blockedBy,
  onClose,
  onConsign,
  onReopened,
  onRefused,
}: DispatchDetailProps) {
  const t = useT()
  const language = useLanguage()
  const look = dispatchLook(dispatch.state)
  const docs = useDispatchDocuments(connection, dispatch)
  const documents = docs.state === 'ready' ? docs.documents : (closed?.documents ?? [])
  return (
    <section className="xchange-detail" aria-labelledby="dispatch-detail-title" data-testid="dispatch-detail">
      <div className="xdetail-head">
        <h2 id="dispatch-detail-title">
          {t('dispatch.detailTitle', { number: dispatch.number })}{' '}
          <OfficeName code={dispatch.destination} inline />
        </h2>
        <p className={`xstate xtone-${look.tone}`} data-testid="dispatch-state" data-state={dispatch.state}>
          <StateIcon icon={look.icon} size={32} />
          <span>{t(`dispatch.state.${dispatch.state}`)}</span>
        </p>
      </div>
      {closed && (
        <CloseResult result={closed} destination={dispatch.destination} category={dispatch.category} />
      )}
      <dl className="xfacts">
        <Fact label={t('kind.dispatch')} testId="dispatch-s8" wide>
          <span className="code">{groupCode(dispatch.id)}</span>
        </Fact>
        <Fact label={t('field.category')}>
          <strong className="code">{dispatch.category}</strong>{' '}
          {categoryMeaning(dispatch.category, language) ?? ''}
        </Fact>
        <Fact label={t('field.subclass')}>
          <strong className="code">{dispatch.subclass}</strong>{' '}
          {subclassMeaning(dispatch.subclass, language) ?? ''}
        </Fact>
        <Fact label={t('dispatch.col.receptacles')}>
          {dispatch.receptacles}
          {dispatch.openReceptacles > 0 && (
            <span className="open-count">{t('dispatch.openCount', { count: dispatch.openReceptacles })}</span>
          )}
        </Fact>
        <Fact label={t('dispatch.col.registered')}>{dispatch.registeredReceptacles}</Fact>
        <Fact label={t('dispatch.col.items')}>{dispatch.items}</Fact>
        <Fact label={t('dispatch.col.weight')}>{formatWeight(dispatch.weightKg, language)}</Fact>
        {dispatch.highestSerial !== null && (
          <Fact label={t('dispatch.highest')}>{String(dispatch.highestSerial).padStart(3, '0')}</Fact>
        )}
        <Fact label={t('dispatch.openedAt')}>{formatWhen(dispatch.openedAt, language)}</Fact>
        {dispatch.closedAt && (
          <Fact label={t('dispatch.closedAt')}>{formatWhen(dispatch.closedAt, language)}</Fact>
        )}
      </dl>
      <div className="xactions">
        {dispatch.state === 'open' ? (
          <button
            type="button"
            className="button button-primary"
            aria-keyshortcuts={DISPATCH_SHORTCUTS.close}
            aria-describedby={blockedBy ?? undefined}
            disabled={blockedBy !== null}
            onClick={onClose}
          >
            {t('dispatch.close')} <ShortcutKey keys={DISPATCH_SHORTCUTS.close} />
          </button>
        ) : (
          <button
            type="button"
            className="button button-primary"
            aria-keyshortcuts={DISPATCH_SHORTCUTS.consign}
            aria-describedby={blockedBy ?? undefined}
            disabled={blockedBy !== null}
            onClick={onConsign}
          >
            {t('dispatch.consign')} <ShortcutKey keys={DISPATCH_SHORTCUTS.consign} />
          </button>
        )}
        {dispatch.state === 'open' && dispatch.openReceptacles > 0 && (
          <p className="form-note form-note-warning" data-testid="dispatch-open-warning">
            {t('dispatch.stillOpen', { count: dispatch.openReceptacles })}
          </p>
        )}
      </div>
      {docs.state === 'failed' && (
        <ProblemNote title="documents.listFailed" problem={describeEngineError(docs.error)} />
      )}
      {dispatch.state === 'closed' && (docs.state === 'ready' || closed) && (
        <DocumentList
          connection={connection}
          documents={documents}
          title={t('documents.ofDispatch', { number: dispatch.number })}
          testId="dispatch-documents"
        />
      )}
      <ReceptacleLabels
        connection={connection}
        dispatch={dispatch}
        blockedBy={blockedBy}
        onReopened={onReopened}
        onRefused={onRefused}
      />
    </section>
  )
}
