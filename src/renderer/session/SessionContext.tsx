// Who is signed in at this station, for every screen. The token lives in this component's state only,
// so a reload or a closed window signs the person out, as a shared station must.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { ContractError, type CommandInput, type CommandOutput } from '../../api'
import { getStationClient } from '../contract/client'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { endsSession, type ActingCommand, type ActingInput, type SignedIn } from './acting'

interface SessionValue {
  signedIn: SignedIn | null
  /** Why the last session ended without the person signing out, for the sign-in panel to say. */
  ended: EngineProblem | null
  /** Resolves once signed in; a refusal rejects with the engine's error, which the panel puts in words. */
  signIn: (operator: string, pin: string) => Promise<void>
  signOut: () => void
  /** Runs a command in the signed-in operator's name. An `unauthorized` answer signs out. */
  act: <N extends ActingCommand>(command: N, input: ActingInput<N>) => Promise<CommandOutput<N>>
}

const SessionContext = createContext<SessionValue | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const [signedIn, setSignedIn] = useState<SignedIn | null>(null)
  const [ended, setEnded] = useState<EngineProblem | null>(null)
  // Read at call time, so an answer arriving after a sign-out cannot act with the old token.
  const current = useRef<SignedIn | null>(null)

  const change = useCallback((next: SignedIn | null, why: EngineProblem | null) => {
    current.current = next
    setSignedIn(next)
    setEnded(why)
  }, [])

  const signIn = useCallback(
    async (operator: string, pin: string) => {
      const answer = await getStationClient().invoke('session.signIn', { operator, pin })
      change({ token: answer.session, operator: answer.operator }, null)
    },
    [change],
  )

  const signOut = useCallback(() => {
    const token = current.current?.token
    change(null, null)
    // The person is signed out here whatever the engine answers; it forgets the session on its own.
    if (token)
      void getStationClient()
        .invoke('session.signOut', { session: token })
        .catch(() => undefined)
  }, [change])

  const act = useCallback(
    async <N extends ActingCommand>(command: N, input: ActingInput<N>) => {
      const session = current.current
      if (!session) throw new ContractError('unauthorized', 'Nobody is signed in at this station')
      try {
        return await getStationClient().invoke(command, {
          ...input,
          session: session.token,
        } as CommandInput<N>)
      } catch (error) {
        if (endsSession(error) && current.current === session) {
          change(null, { ...describeEngineError(error), reason: 'session.ended' })
        }
        throw error
      }
    },
    [change],
  )

  const value = useMemo<SessionValue>(
    () => ({ signedIn, ended, signIn, signOut, act }),
    [signedIn, ended, signIn, signOut, act],
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession() outside <SessionProvider>')
  return value
}
