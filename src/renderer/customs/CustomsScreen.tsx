// The Customs screen of the office of exchange: the items presented to customs, filtered by status,
// destination, value and age; a scan field that opens an item (presenting it first when it is not in
// the queue yet); the open item in full, with its advance data and history; and the officer's decisions
// (F6 hold, F7 release, F8 return to sender, F9 seize, F10 duty paid) for that item or for the rows
// selected, all or nothing. Every outcome is seen, said and sounded.
import {
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type MutableRefObject,
  type RefObject,
} from 'react'
import type {
  CustomsDecision,
  CustomsDecisionKind,
  CustomsItem,
  CustomsQueueEntry,
  HoldKind,
} from '../../api/customs'
import { itemCount } from '../bagging/itemCount'
import { getStationClient, type ConnectionStatus } from '../contract/client'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { LiveRegion, type LiveMessage } from '../feedback/LiveRegion'
import { playTone, type SoundSettings } from '../feedback/tones'
import { TONE_FOR, type Verdict } from '../feedback/verdict'
import { ScanForm } from '../scan/ScanForm'
import { useSession } from '../session/SessionContext'
import { SignInPanel } from '../session/SignInPanel'
import { roleKey } from '../session/roles'
import { useLanguage, useT } from '../settings/SettingsContext'
import { ScreenHeading } from '../shell/ScreenHeading'
import { screenTitle } from '../shell/screens'
import { useGlobalKeys } from '../shell/useGlobalKeys'
import { CustomsOutcome, type Outcome } from './CustomsOutcome'
import { DecideDialog, type Decided } from './DecideDialog'
import { DecisionBar } from './DecisionBar'
import { dutyDue } from './decisionForm'
import { ItemPanel } from './ItemPanel'
import { holdKindKey, openingTone, stateWords } from './look'
import { PaymentDialog, type Paid } from './PaymentDialog'
import { mayAnswerReferral, mayDecide, mayRecordPayment } from './permissions'
import { QueueFilters } from './QueueFilters'
import { activeFilters, type QueueFilter } from './queueFilter'
import { QueueTable } from './QueueTable'
import { waitingReferral, type WaitingReferral } from './referral'
import { ReferralDialog, type Answered } from './ReferralDialog'
import { engineWords, refusalSaid } from './refusal'
import { readScanned } from './scanned'
import { NO_SELECTION, selectedInOrder, selectionReducer } from './selection'
import { customsActionForKey } from './shortcuts'
import { useCustomsItem } from './useCustomsItem'
import { useCustomsQueue } from './useCustomsQueue'

interface CustomsScreenProps {
  connection: ConnectionStatus
  sound: SoundSettings
  inputRef: RefObject<HTMLInputElement | null>
  /** Where the shell sends a keyboard-wedge scanner's codes while this screen is shown. */
  wedgeScanRef: MutableRefObject<(code: string) => void>
}

type Dialog =
  | { kind: 'decide'; decision: CustomsDecisionKind; items: string[]; currency: string }
  | { kind: 'payment'; itemId: string; due: CustomsDecision }
  | { kind: 'answer'; itemId: string; referral: WaitingReferral }
  | null

/** The clock of the ages shown: once a minute is enough for "waiting 3 h 20 min". */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 30_000)
    return () => window.clearInterval(timer)
  }, [])
  return now
}

export function CustomsScreen({ connection, sound, inputRef, wedgeScanRef }: CustomsScreenProps) {
  const t = useT()
  const language = useLanguage()
  const { signedIn, act } = useSession()
  const role = signedIn?.operator.role ?? null
  const now = useNow()
  const [filter, setFilter] = useState<QueueFilter>({ status: 'all' })
  const queue = useCustomsQueue(connection, filter)
  const applyEntries = queue.apply
  const [selection, select] = useReducer(selectionReducer, NO_SELECTION)
  const [openId, setOpenId] = useState<string | null>(null)
  const open = useCustomsItem(connection, openId)
  const reloadItem = open.reload
  const [dialog, setDialog] = useState<Dialog>(null)
  const [pending, setPending] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [message, setMessage] = useState<LiveMessage | null>(null)
  const seq = useRef(0)
  const soundRef = useRef(sound)
  useEffect(() => {
    soundRef.current = sound
  }, [sound])

  const items = useMemo(() => (queue.list.state === 'ready' ? queue.list.items : []), [queue.list])
  const order = useMemo(() => items.map((entry) => entry.itemId), [items])
  useEffect(() => select({ type: 'keep', order }), [order])

  /** Shows, says and sounds an outcome. */
  const tell = useCallback(
    (verdict: Verdict, headline: string, about: readonly string[], words: string | null = null) => {
      const next = ++seq.current
      setOutcome({ seq: next, verdict, headline, items: about, engineWords: words })
      setMessage({ seq: next, text: words ? `${headline} ${words}` : headline })
      playTone(TONE_FOR[verdict], soundRef.current)
    },
    [],
  )

  // ---- scanning or typing an item ----------------------------------------------------------------

  const openCodes = useCallback(
    async (text: string) => {
      const { items: ids, notItems } = readScanned(text)
      if (notItems.length > 0) tell('invalid', t('customs.scan.notItem', { codes: notItems.join(', ') }), [])
      if (ids.length === 0) return
      setPending(true)
      try {
        const client = getStationClient()
        // Known to customs, or to be presented first: only a never-presented item joins the queue here,
        // so opening a released item does not present it again.
        const known = await Promise.all(
          ids.map((itemId) =>
            client.invoke('customs.item', { itemId }).then(
              (item) => item.customs,
              (error: unknown) => {
                const problem = describeEngineError(error)
                // The engine refuses an item it never heard of as a bad request: present it.
                if (problem.reason === 'engineError.bad_request') return null
                throw error
              },
            ),
          ),
        )
        const toPresent = ids.filter((_, index) => known[index] === null)
        const last = ids.at(-1)!
        if (ids.length > 1) select({ type: 'set', ids })
        setOpenId(last)
        if (toPresent.length === 0) {
          const entry = known.at(-1)!
          const verdict: Verdict = openingTone(entry.state) === 'warning' ? 'warning' : 'valid'
          const headline =
            ids.length > 1
              ? t('customs.scan.openedSeveral', { items: itemCount(ids.length, language, t) })
              : stateWords(entry, t)
          tell(verdict, headline, ids)
          return
        }
        if (!signedIn) {
          tell('warning', t('customs.scan.signInToPresent'), toPresent)
          return
        }
        try {
          const presented = await act('customs.present', { items: toPresent })
          applyEntries(presented.items)
          reloadItem()
          tell(
            'valid',
            t('customs.scan.presented', { items: itemCount(toPresent.length, language, t) }),
            toPresent,
          )
        } catch (error) {
          const problem = describeEngineError(error)
          tell('invalid', t('customs.scan.presentRefused'), toPresent, refusalSaid(problem, t))
        }
      } catch (error) {
        tell('invalid', t('customs.scan.failed'), ids, refusalSaid(describeEngineError(error), t))
      } finally {
        setPending(false)
      }
    },
    [act, applyEntries, language, reloadItem, signedIn, t, tell],
  )

  useEffect(() => {
    wedgeScanRef.current = (code) => void openCodes(code)
    return () => {
      wedgeScanRef.current = () => undefined
    }
  }, [openCodes, wedgeScanRef])

  // ---- deciding --------------------------------------------------------------------------------------

  const bulk = selection.ids.length > 0
  const openItem = open.view.state === 'ready' ? open.view.item : null
  const targets = useMemo(
    () => (bulk ? selectedInOrder(selection, order) : openItem ? [openItem.itemId] : []),
    [bulk, openItem, order, selection],
  )
  const blocked = !bulk && openItem?.customs?.state === 'seized' ? t('customsDecide.seizedBlock') : null

  const currencyOf = useCallback(
    (ids: readonly string[]): string => {
      const fromQueue = items.find((entry: CustomsQueueEntry) => ids.includes(entry.itemId))?.value?.currency
      const fromItem = openItem?.customs?.value?.currency
      return fromQueue ?? fromItem ?? 'EUR'
    },
    [items, openItem],
  )

  const startDecision = useCallback(
    (decision: CustomsDecisionKind) => {
      if (!signedIn) return tell('warning', t('customsDecide.signInFirst'), [])
      if (targets.length === 0) return tell('warning', t('customsDecide.nothingChosen'), [])
      if (blocked) return tell('warning', blocked, targets)
      setDialog({ kind: 'decide', decision, items: targets, currency: currencyOf(targets) })
    },
    [blocked, currencyOf, signedIn, t, targets, tell],
  )

  const startPayment = useCallback(() => {
    if (!openItem) return tell('warning', t('customsDecide.nothingChosen'), [])
    const due = dutyDue(openItem)
    if (!due) return tell('warning', t('customsPayment.nothingDue'), [openItem.itemId])
    if (!signedIn) return tell('warning', t('customsDecide.signInFirst'), [])
    setDialog({ kind: 'payment', itemId: openItem.itemId, due })
  }, [openItem, signedIn, t, tell])

  useGlobalKeys((event) => {
    if (dialog || document.querySelector('dialog[open]')) return
    const action = customsActionForKey(event)
    if (!action) return
    event.preventDefault()
    if (action === 'payment') startPayment()
    else startDecision(action)
  })

  const decided = useCallback(
    (result: Decided, decision: CustomsDecisionKind, kind: HoldKind | null) => {
      setDialog(null)
      applyEntries(result.items)
      if (bulk) select({ type: 'clear' })
      reloadItem()
      const ids = result.items.map((entry) => entry.itemId)
      const count = itemCount(ids.length, language, t)
      const headline =
        decision === 'hold' && kind !== null
          ? t('customsDecide.done.holdKind', { items: count, kind: t(holdKindKey(kind)) })
          : t(`customsDecide.done.${decision}`, { items: count })
      tell('valid', headline, ids)
      inputRef.current?.focus()
    },
    [applyEntries, bulk, inputRef, language, reloadItem, t, tell],
  )

  const refused = useCallback(
    (
      problem: EngineProblem,
      title: 'customsDecide.refused' | 'customsPayment.refused' | 'customsAnswer.refused',
      about: string[],
    ) => {
      tell('invalid', t(title), about, engineWords(problem) ?? t(problem.reason))
    },
    [t, tell],
  )

  const paid = useCallback(
    (result: Paid) => {
      setDialog(null)
      applyEntries([result.item])
      reloadItem()
      tell('valid', t('customsPayment.done', { reference: result.decision.paymentReference ?? '' }), [
        result.item.itemId,
      ])
      inputRef.current?.focus()
    },
    [applyEntries, inputRef, reloadItem, t, tell],
  )

  const startAnswer = useCallback(
    (item: CustomsItem) => {
      const referral = waitingReferral(item)
      if (!referral) return
      if (!signedIn) return tell('warning', t('customsDecide.signInFirst'), [])
      setDialog({ kind: 'answer', itemId: item.itemId, referral })
    },
    [signedIn, t, tell],
  )

  const answered = useCallback(
    (result: Answered) => {
      setDialog(null)
      reloadItem()
      const ids = [...new Set(result.answers.map((a) => a.itemId))]
      tell('valid', t('customsAnswer.done', { code: result.answers[0]?.code ?? '' }), ids)
      inputRef.current?.focus()
    },
    [inputRef, reloadItem, t, tell],
  )

  const filtered = activeFilters(filter) > 0

  return (
    <section className="customs-screen" data-testid="customs-screen">
      <ScreenHeading takeFocus={false}>{t(screenTitle('customs'))}</ScreenHeading>
      <p className="customs-intro">{t('customs.intro')}</p>
      {!signedIn && <SignInPanel title="customs.signInTitle" intro="customs.signInIntro" />}
      {role !== null && !mayDecide(role) && (
        <p className="form-note form-note-warning customs-role-note" data-testid="customs-role">
          {t('customs.roleNote', { role: t(roleKey(role)) })}
        </p>
      )}
      <LiveRegion message={message} testId="customs-announcer" />
      {signedIn && (
        <ScanForm
          inputRef={inputRef}
          pending={pending}
          onSubmit={(text) => void openCodes(text)}
          words={{
            label: t('customs.scanLabel'),
            hint: t('customs.scanHint'),
            submit: t('customs.scanSubmit'),
            working: t('customs.scanWorking'),
          }}
        />
      )}
      <CustomsOutcome outcome={outcome} />
      <DecisionBar
        targets={targets}
        bulk={bulk}
        role={role}
        blocked={blocked}
        onDecide={startDecision}
        onClearSelection={() => select({ type: 'clear' })}
      />
      <div className="customs-layout">
        <div className="customs-side">
          <ItemPanel
            open={open}
            now={now}
            mayPay={role === null ? null : mayRecordPayment(role)}
            onPayment={() => startPayment()}
            mayAnswer={role === null ? null : mayAnswerReferral(role)}
            onAnswer={startAnswer}
          />
        </div>
        <section className="customs-main customs-queue" aria-labelledby="customs-queue-title">
          <div className="customs-queue-head">
            <h2 id="customs-queue-title">{t('customsQueue.title')}</h2>
            <p className="customs-queue-count" data-testid="customs-queue-count">
              {queue.list.state === 'ready' &&
                t(filtered ? 'customsQueue.countFiltered' : 'customsQueue.count', {
                  items: itemCount(items.length, language, t),
                })}
            </p>
          </div>
          <QueueFilters onApply={setFilter} />
          <QueueTable
            list={queue.list}
            selection={selection}
            onSelect={select}
            openItem={openId}
            onOpen={setOpenId}
            now={now}
            filtered={filtered}
          />
          <p className="form-note">{t('customsQueue.keys')}</p>
        </section>
      </div>
      {dialog?.kind === 'decide' && (
        <DecideDialog
          decision={dialog.decision}
          items={dialog.items}
          currency={dialog.currency}
          onDecided={decided}
          onRefused={(problem) => refused(problem, 'customsDecide.refused', dialog.items)}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'answer' && (
        <ReferralDialog
          itemId={dialog.itemId}
          referral={dialog.referral}
          onAnswered={answered}
          onRefused={(problem) => refused(problem, 'customsAnswer.refused', [dialog.itemId])}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'payment' && (
        <PaymentDialog
          itemId={dialog.itemId}
          due={dialog.due}
          onPaid={paid}
          onRefused={(problem) => refused(problem, 'customsPayment.refused', [dialog.itemId])}
          onCancel={() => setDialog(null)}
        />
      )}
    </section>
  )
}
