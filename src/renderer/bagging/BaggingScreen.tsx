// The Bagging screen asks, in order: is this station set up (which office is it)? who is working? Only
// then does it show the workspace, so no receptacle is ever opened without an origin or a name behind it.
import type { RefObject } from 'react'
import { ProblemNote } from '../feedback/ProblemNote'
import type { SoundSettings } from '../feedback/tones'
import { SetupPanel } from '../session/SetupPanel'
import { SignInPanel } from '../session/SignInPanel'
import { useSession } from '../session/SessionContext'
import type { OfficeValue } from '../session/useOffice'
import { useT } from '../settings/SettingsContext'
import { ScreenHeading } from '../shell/ScreenHeading'
import { BaggingWorkspace } from './BaggingWorkspace'
import type { Bagging } from './useBagging'

interface BaggingScreenProps {
  bagging: Bagging
  office: OfficeValue
  sound: SoundSettings
  inputRef: RefObject<HTMLInputElement | null>
}

export function BaggingScreen({ bagging, office, sound, inputRef }: BaggingScreenProps) {
  const t = useT()
  const { signedIn } = useSession()
  const status = office.office
  return (
    <section className="bagging-screen">
      <div className="sr-only">
        {/* Each panel puts the focus where typing starts (scan field, operator id), not on the title. */}
        <ScreenHeading takeFocus={false}>{t('screen.bagging')}</ScreenHeading>
      </div>
      {status.state === 'loading' && <p className="result-idle">{t('settings.loading')}</p>}
      {status.state === 'failed' && (
        <div className="panel">
          <ProblemNote title="office.failed" problem={status.problem} />
          <button type="button" className="button" onClick={office.reload}>
            {t('engineError.retry')}
          </button>
        </div>
      )}
      {status.state === 'ready' && status.office === null && <SetupPanel onSetUp={office.setUp} />}
      {status.state === 'ready' && status.office !== null && !signedIn && <SignInPanel />}
      {status.state === 'ready' && status.office !== null && signedIn && (
        <BaggingWorkspace
          bagging={bagging}
          office={status.office}
          signedIn={signedIn}
          sound={sound}
          inputRef={inputRef}
        />
      )}
    </section>
  )
}
