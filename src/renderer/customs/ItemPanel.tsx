// The item open on the Customs screen, in full: where it stands with customs (the state in words,
// colour and icon, and the hold exactly as the bagging station will say it), where it goes, what it is
// declared to be worth, how long it has waited, the duty and its payment, its advance data, and all
// that happened to it.
import type { CustomsDecision, CustomsItem } from '../../api/customs'
import { groupCode } from '../codes/groupCode'
import { useLanguage, useT } from '../settings/SettingsContext'
import { ShortcutKey } from '../shell/ShortcutKey'
import { StateLine } from '../labels/StateLine'
import { formatWhen } from '../labels/when'
import { AdvancePanel } from './AdvancePanel'
import { formatAge, minutesSince } from './age'
import { dutyDue } from './decisionForm'
import { Destination } from './Destination'
import { DecisionHistory, ItemEvents } from './ItemHistory'
import { dutyWords, formatKg, formatMoney, stateLook, stateWords } from './look'
import { waitingReferral } from './referral'
import { RefusalNote } from './RefusalNote'
import { CUSTOMS_SHORTCUTS } from './shortcuts'
import type { OpenItem } from './useCustomsItem'

interface ItemPanelProps {
  open: OpenItem
  now: Date
  /** Whether the person signed in may record a payment; null when nobody is signed in. */
  mayPay: boolean | null
  onPayment: (itemId: string, due: CustomsDecision) => void
  /** Whether the person signed in may answer a referral; null when nobody is signed in. */
  mayAnswer: boolean | null
  onAnswer: (item: CustomsItem) => void
}

export function ItemPanel({ open, now, mayPay, onPayment, mayAnswer, onAnswer }: ItemPanelProps) {
  const t = useT()
  const { view } = open
  if (view.state === 'none') {
    return (
      <section className="customs-item customs-item-empty" data-testid="customs-item">
        <p className="customs-empty">{t('customsItem.choose')}</p>
      </section>
    )
  }
  if (view.state === 'loading') {
    return (
      <section className="customs-item" data-testid="customs-item" aria-busy="true">
        <h2 className="code customs-item-code">{groupCode(view.itemId)}</h2>
        <p className="customs-muted">{t('customsItem.loading')}</p>
      </section>
    )
  }
  if (view.state === 'failed') {
    return (
      <section className="customs-item" data-testid="customs-item">
        <h2 className="code customs-item-code">{groupCode(view.itemId)}</h2>
        <RefusalNote title="customsItem.failed" problem={view.problem} />
      </section>
    )
  }
  return (
    <ItemDetail
      item={view.item}
      open={open}
      now={now}
      mayPay={mayPay}
      onPayment={onPayment}
      mayAnswer={mayAnswer}
      onAnswer={onAnswer}
    />
  )
}

function ItemDetail({
  item,
  open,
  now,
  mayPay,
  onPayment,
  mayAnswer,
  onAnswer,
}: { item: CustomsItem } & Omit<ItemPanelProps, 'open'> & { open: OpenItem }) {
  const t = useT()
  const language = useLanguage()
  const entry = item.customs
  const due = dutyDue(item)
  const referral = waitingReferral(item)
  const latestDuty = [...item.decisions].reverse().find((d) => d.duty !== null || d.kind === 'duty_payable')
  const destination =
    item.manifest.destinationOffice ??
    item.manifest.destinationCountry ??
    (open.advance.state === 'ready' ? open.advance.advance.destinationCountry : null)
  const value =
    entry?.value ??
    (open.advance.state === 'ready' && open.advance.advance.totalValue !== null
      ? { amount: open.advance.advance.totalValue, currency: open.advance.advance.currency }
      : null)

  return (
    <section
      className="customs-item"
      aria-labelledby="customs-item-title"
      data-testid="customs-item"
      data-item={item.itemId}
      data-state={entry?.state ?? 'not-presented'}
    >
      <h2 id="customs-item-title" className="code customs-item-code">
        {groupCode(item.itemId)}
      </h2>
      {entry ? (
        <StateLine look={stateLook(entry.state)} size="large" testId="customs-item-state" state={entry.state}>
          {stateWords(entry, t)}
        </StateLine>
      ) : (
        <p className="form-note form-note-warning" data-testid="customs-item-state">
          {t('customsItem.notPresented')}
        </p>
      )}
      {entry?.hold && (
        <p className="customs-bagging-says" data-testid="customs-item-hold">
          {t('customsItem.baggingSays')} <q lang="en">{entry.hold}</q>
        </p>
      )}

      <dl className="customs-facts">
        {entry && (
          <div className="customs-fact">
            <dt>{t('customsItem.direction')}</dt>
            <dd>{t(`customs.direction.${entry.direction}`)}</dd>
          </div>
        )}
        <div className="customs-fact">
          <dt>{t('customsItem.destination')}</dt>
          <dd>
            <Destination code={destination} />
          </dd>
        </div>
        <div className="customs-fact">
          <dt>{t('customsItem.value')}</dt>
          <dd data-testid="customs-item-value">
            {value ? formatMoney(value.amount, value.currency, language, t) : t('customs.valueUnknown')}
          </dd>
        </div>
        {entry && (
          <div className="customs-fact">
            <dt>{t('customsItem.presented')}</dt>
            <dd>
              {t('customsItem.presentedValue', {
                when: formatWhen(entry.presentedAt, language, now),
                who: entry.presentedBy,
                age: formatAge(minutesSince(entry.presentedAt, now), language),
              })}
            </dd>
          </div>
        )}
        <div className="customs-fact">
          <dt>{t('customsItem.receptacle')}</dt>
          <dd>
            {item.receptacle
              ? t(
                  item.receptacle.state === 'open'
                    ? 'customsItem.inOpenReceptacle'
                    : 'customsItem.inClosedReceptacle',
                  {
                    serial: String(item.receptacle.serial).padStart(3, '0'),
                    destination: item.receptacle.destination,
                  },
                )
              : t('customsItem.inNoReceptacle')}
          </dd>
        </div>
        {(item.manifest.weightKg !== null || item.manifest.contentsType !== null) && (
          <div className="customs-fact">
            <dt>{t('customsItem.manifest')}</dt>
            <dd>
              {[
                item.manifest.weightKg !== null ? formatKg(item.manifest.weightKg, language) : null,
                item.manifest.contentsType,
              ]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </div>
        )}
      </dl>

      {latestDuty && (
        <div className="customs-duty-line" data-testid="customs-duty">
          <p className={due ? 'customs-duty-due' : 'customs-duty-paid'}>
            {dutyWords(latestDuty, language, t)}
          </p>
          {due && mayPay !== false && (
            <button
              type="button"
              className="button"
              aria-keyshortcuts={CUSTOMS_SHORTCUTS.payment}
              disabled={mayPay === null}
              onClick={() => onPayment(item.itemId, due)}
            >
              {t('customsPayment.button')} <ShortcutKey keys={CUSTOMS_SHORTCUTS.payment} />
            </button>
          )}
        </div>
      )}

      {referral && (
        <div className="customs-duty-line" data-testid="customs-referral">
          <p className={referral.status === 'dnl' ? 'customs-duty-due' : 'customs-lead'}>
            {t('customsAnswer.waiting', { type: t(`customsAnswer.type.${referral.status}`) })}
          </p>
          {mayAnswer !== false && (
            <button
              type="button"
              className="button"
              disabled={mayAnswer === null}
              data-testid="customs-answer-referral"
              onClick={() => onAnswer(item)}
            >
              {t('customsAnswer.button')}
            </button>
          )}
        </div>
      )}

      <AdvancePanel view={open.advance} />
      <DecisionHistory item={item} />
      <ItemEvents item={item} />
    </section>
  )
}
