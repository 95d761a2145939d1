// The EDI messages of the office of exchange: what went out (PREDES, CARDIT, PRECON, EMSEVT) and what
// came in (RESDES, RESCON, RESDIT), each with its state in words, colour and icon; the chosen one in
// full with its text; a partner's file imported by hand (F6); an outgoing one sent again (F8); and the
// receptacles no partner has confirmed. Changes arrive live and are said aloud.
import { useCallback, useRef, useState } from 'react'
import type { Message } from '../../api/exchange'
import type { ConnectionStatus } from '../contract/client'
import { mayExchange } from '../dispatch/permissions'
import { messagesActionForKey } from '../dispatch/shortcuts'
import { useOutcome } from '../dispatch/useOutcome'
import type { EngineProblem } from '../engine/errors'
import { LiveRegion } from '../feedback/LiveRegion'
import type { SoundSettings } from '../feedback/tones'
import { roleKey } from '../session/roles'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import { ScreenHeading } from '../shell/ScreenHeading'
import { screenTitle } from '../shell/screens'
import { useGlobalKeys } from '../shell/useGlobalKeys'
import { ImportEdi, type Imported } from './ImportEdi'
import { MessageDetail } from './MessageDetail'
import type { DirectionFilter } from './messageList'
import { MessageRows } from './MessageRows'
import { importVerdict, mayResend, messageAnnouncement } from './messageState'
import { ResendDialog } from './ResendDialog'
import { UnconfirmedPanel } from './UnconfirmedPanel'
import { useMessages } from './useMessages'

interface MessagesScreenProps {
  connection: ConnectionStatus
  sound: SoundSettings
}

const DIRECTIONS: readonly DirectionFilter[] = ['all', 'out', 'in']

export function MessagesScreen({ connection, sound }: MessagesScreenProps) {
  const t = useT()
  const { signedIn } = useSession()
  const { message: said, say } = useOutcome(sound)
  const [chosen, setChosen] = useState<number | null>(null)
  const [direction, setDirection] = useState<DirectionFilter>('all')
  const [resending, setResending] = useState<Message | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  // Messages made by this screen are said once, by their outcome, not again by their event.
  const ours = useRef(new Set<number>())

  const onChange = useCallback(
    (before: Message | undefined, after: Message) => {
      if (ours.current.has(after.id)) return
      if (before === undefined || before.state !== after.state) say(messageAnnouncement(after, t))
    },
    [say, t],
  )
  const messages = useMessages(connection, onChange)
  const list = messages.list.state === 'ready' ? messages.list.messages : []
  const visible = direction === 'all' ? list : list.filter((m) => m.direction === direction)
  const shown = (chosen === null ? visible[0] : list.find((m) => m.id === chosen)) ?? null
  const role = signedIn?.operator.role ?? null
  const blockedBy = signedIn ? null : 'messages-sign-in'

  useGlobalKeys((event) => {
    if (resending) return
    const action = messagesActionForKey(event)
    if (!action || !signedIn) return
    event.preventDefault()
    if (action === 'import') fileInput.current?.click()
    if (action === 'resend' && shown && mayResend(shown)) setResending(shown)
  })

  const refused = useCallback(
    (problem: EngineProblem) => {
      const words =
        problem.reason === 'engineError.bad_request' && problem.details ? problem.details : t(problem.reason)
      say(t('messages.refusedSaid', { why: words }), 'invalid')
    },
    [say, t],
  )

  const imported = useCallback(
    (name: string, result: Imported) => {
      ours.current.add(result.message.id)
      messages.apply(result.message)
      setChosen(result.message.id)
      say(
        t(result.applied ? 'ediImport.appliedSaid' : 'ediImport.quarantinedSaid', {
          name,
          count: result.issues.length,
        }),
        importVerdict(result.applied),
      )
    },
    [messages, say, t],
  )

  const resent = useCallback(
    (copy: Message) => {
      ours.current.add(copy.id)
      messages.apply(copy)
      setResending(null)
      setChosen(copy.id)
      say(t('resend.done', { id: copy.id, partner: copy.partner ?? '—' }), 'valid')
    },
    [messages, say, t],
  )

  return (
    <section className="xchange-screen messages-screen" data-testid="messages-screen">
      <ScreenHeading>{t(screenTitle('messages'))}</ScreenHeading>
      <p className="xchange-intro">{t('messages.intro')}</p>
      {!signedIn && (
        <p className="xchange-sign-in" id="messages-sign-in" data-testid="messages-sign-in">
          {t('messages.signIn')}
        </p>
      )}
      {role !== null && !mayExchange(role) && (
        <p className="form-note form-note-warning" data-testid="messages-role">
          {t('messages.roleNote', { role: t(roleKey(role)) })}
        </p>
      )}
      <LiveRegion message={said} testId="messages-announcer" />
      <ImportEdi inputRef={fileInput} blockedBy={blockedBy} onImported={imported} onRefused={refused} />
      <div className="messages-layout">
        <section className="xchange-group messages-main" aria-labelledby="messages-title">
          <h2 id="messages-title">{t('messages.listTitle')}</h2>
          <fieldset className="direction-filter">
            <legend className="sr-only">{t('messages.filter')}</legend>
            {DIRECTIONS.map((d) => (
              <label key={d} className="choice choice-small">
                <input
                  type="radio"
                  name="message-direction"
                  checked={direction === d}
                  onChange={() => setDirection(d)}
                />
                <span>{t(`messages.filter.${d}`)}</span>
              </label>
            ))}
          </fieldset>
          <MessageRows
            list={messages.list}
            direction={direction}
            shown={shown?.id ?? null}
            onShow={setChosen}
          />
        </section>
        <div className="messages-side">
          {shown ? (
            <MessageDetail
              key={shown.id}
              connection={connection}
              message={shown}
              blockedBy={blockedBy}
              onResend={() => setResending(shown)}
              onShow={(id) => {
                setDirection('all')
                setChosen(id)
              }}
            />
          ) : (
            messages.list.state === 'ready' && <p className="xchange-note">{t('messages.choose')}</p>
          )}
        </div>
      </div>
      <UnconfirmedPanel connection={connection} />
      {resending && (
        <ResendDialog
          message={resending}
          onDone={resent}
          onRefused={refused}
          onCancel={() => setResending(null)}
        />
      )}
    </section>
  )
}
