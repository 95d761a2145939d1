// The Labels screen: the station's printers with their condition, and the print queue live, each label
// with its preview and what may be done with it. What changes is said aloud; the outcome of a label a
// person acted on here (a reprint, "it printed") is sounded too, with the scan tones.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Printer, PrintJob } from '../../api/printing'
import type { ConnectionStatus } from '../contract/client'
import { LiveRegion, type LiveMessage } from '../feedback/LiveRegion'
import { playTone, type SoundSettings } from '../feedback/tones'
import type { MessageKey } from '../i18n/en'
import { useSession } from '../session/SessionContext'
import { useLanguage, useT } from '../settings/SettingsContext'
import { ScreenHeading } from '../shell/ScreenHeading'
import { screenTitle } from '../shell/screens'
import { JobDetail } from './JobDetail'
import { JobQueue } from './JobQueue'
import { destinationOf, jobAnnouncement, jobChanged, jobFeedback } from './jobStatus'
import { PrinterSection } from './PrinterSection'
import { PrinterStrip } from './PrinterStrip'
import { usePrinters } from './usePrinters'
import { usePrintJobs } from './usePrintJobs'

interface LabelsScreenProps {
  connection: ConnectionStatus
  sound: SoundSettings
}

export function LabelsScreen({ connection, sound }: LabelsScreenProps) {
  const t = useT()
  const language = useLanguage()
  const { signedIn } = useSession()
  const printers = usePrinters(connection)
  // null: follow the newest label; a number: the one the person chose.
  const [chosen, setChosen] = useState<number | null>(null)
  // The reprint just made here: its detail takes the focus when it opens.
  const [made, setMade] = useState<number | null>(null)
  const [message, setMessage] = useState<LiveMessage | null>(null)
  const seq = useRef(0)
  // Jobs acted on from this screen: their outcome is sounded as well as said.
  const followed = useRef(new Set<number>())
  const live = useRef({
    shown: null as number | null,
    printers: null as Printer[] | null,
    sound,
    t,
    language,
  })

  const say = useCallback((text: string) => setMessage({ seq: ++seq.current, text }), [])

  const onChange = useCallback(
    (before: PrintJob | undefined, after: PrintJob) => {
      const now = live.current
      const destination = destinationOf(after, now.printers)
      const mine = followed.current.has(after.id)
      if (mine) {
        const tone = jobFeedback(before, after, destination)
        if (tone) playTone(tone, now.sound)
      }
      if ((mine || after.id === now.shown) && jobChanged(before, after)) {
        say(jobAnnouncement(after, destination, now.t, now.language))
      }
    },
    [say],
  )
  const jobs = usePrintJobs(connection, { onChange })
  const list = jobs.list.state === 'ready' ? jobs.list.jobs : []
  const shown = chosen === null ? (list[0] ?? null) : (list.find((job) => job.id === chosen) ?? null)

  useEffect(() => {
    live.current = { shown: shown?.id ?? null, printers: printers.known, sound, t, language }
  })

  const acted = useCallback(
    (job: PrintJob, done: MessageKey) => {
      followed.current.add(job.id)
      jobs.apply(job)
      if (done === 'printJob.reprinted') {
        setChosen(job.id)
        setMade(job.id)
      }
      if (done === 'printJob.confirmed') playTone('good', live.current.sound)
      say(t(done, { id: job.id }))
    },
    [jobs, say, t],
  )

  return (
    <section className="labels-screen" data-testid="labels-screen">
      <ScreenHeading>{t(screenTitle('labels'))}</ScreenHeading>
      <p className="labels-intro">{t('labels.intro')}</p>
      {!signedIn && (
        <p className="labels-sign-in" data-testid="labels-sign-in">
          {t('labels.signIn')}
        </p>
      )}
      <LiveRegion message={message} testId="labels-announcer" />
      <div className="labels-layout">
        <div className="labels-main">
          <PrinterStrip printers={printers.known} />
          <JobQueue jobs={jobs.list} printers={printers.known} shown={shown?.id ?? null} onShow={setChosen} />
          <PrinterSection printers={printers} />
        </div>
        <div className="labels-side">
          {shown ? (
            <JobDetail
              key={shown.id}
              connection={connection}
              job={shown}
              printers={printers.known}
              onJob={acted}
              onShow={setChosen}
              takeFocus={shown.id === made}
            />
          ) : (
            <p className="labels-choose">{t('labels.choose')}</p>
          )}
        </div>
      </div>
    </section>
  )
}
