// Importing a partner's EDI file by hand (the mailbox does it on its own for files that arrive in the
// inbox): the file is read exactly as the mailbox reads it, sent whole, and either applied in one go
// (green, with what it changed) or quarantined whole (red, with every issue and where it is).
import { useState, type RefObject } from 'react'
import type { CommandOutput } from '../../api'
import { describeEngineError, type EngineProblem } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useSession } from '../session/SessionContext'
import { useT } from '../settings/SettingsContext'
import { ShortcutKey } from '../shell/ShortcutKey'
import { MESSAGES_SHORTCUTS } from '../dispatch/shortcuts'
import { StateIcon } from '../dispatch/StateIcon'
import { decodeEdiBytes, MAX_EDI_CHARS } from './ediFile'
import { IssueList } from './IssueList'

export type Imported = CommandOutput<'edi.import'>

interface ImportEdiProps {
  inputRef: RefObject<HTMLInputElement | null>
  blockedBy: string | null
  onImported: (name: string, result: Imported) => void
  onRefused: (problem: EngineProblem) => void
}

type Outcome =
  | { kind: 'working'; name: string }
  | { kind: 'done'; name: string; result: Imported }
  | { kind: 'failed'; name: string; problem: EngineProblem }
  | null

export function ImportEdi({ inputRef, blockedBy, onImported, onRefused }: ImportEdiProps) {
  const t = useT()
  const { act } = useSession()
  const [outcome, setOutcome] = useState<Outcome>(null)

  async function importFile(file: File): Promise<void> {
    setOutcome({ kind: 'working', name: file.name })
    try {
      // Bytes, not text: only the file's own declaration (UNB) says how to read them.
      const { text } = decodeEdiBytes(new Uint8Array(await file.arrayBuffer()))
      if (text.length > MAX_EDI_CHARS) {
        const problem: EngineProblem = { reason: 'ediImport.tooLarge', details: '' }
        setOutcome({ kind: 'failed', name: file.name, problem })
        onRefused(problem)
        return
      }
      const result = await act('edi.import', { name: file.name, content: text })
      setOutcome({ kind: 'done', name: file.name, result })
      onImported(file.name, result)
    } catch (error) {
      const problem = describeEngineError(error)
      setOutcome({ kind: 'failed', name: file.name, problem })
      onRefused(problem)
    }
  }

  return (
    <section className="xchange-group edi-import" aria-labelledby="edi-import-title">
      <h2 id="edi-import-title">{t('ediImport.title')}</h2>
      <input
        ref={inputRef}
        id="edi-file"
        type="file"
        className="sr-only"
        tabIndex={-1}
        accept=".edi,.txt,.edifact,text/plain,application/edifact"
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Emptied so that choosing the same file again imports it again.
          event.target.value = ''
          if (file) void importFile(file)
        }}
      />
      <div className="edi-import-row">
        <button
          type="button"
          className="button button-primary"
          aria-keyshortcuts={MESSAGES_SHORTCUTS.import}
          aria-describedby={blockedBy ?? undefined}
          disabled={blockedBy !== null || outcome?.kind === 'working'}
          onClick={() => inputRef.current?.click()}
        >
          {t('ediImport.choose')} <ShortcutKey keys={MESSAGES_SHORTCUTS.import} />
        </button>
        <p className="form-note">{t('ediImport.hint')}</p>
      </div>
      {outcome?.kind === 'working' && (
        <p className="xchange-note" role="status">
          {t('ediImport.working', { name: outcome.name })}
        </p>
      )}
      {outcome?.kind === 'failed' && <ProblemNote title="ediImport.failed" problem={outcome.problem} />}
      {outcome?.kind === 'done' && (
        <div
          className={`xresult ${outcome.result.applied ? 'xtone-good' : 'xtone-fault'}`}
          data-testid="edi-import-result"
          data-applied={outcome.result.applied}
        >
          <StateIcon icon={outcome.result.applied ? 'tick' : 'cross'} size={40} />
          <div>
            <p className="xresult-title">
              {t(outcome.result.applied ? 'ediImport.applied' : 'ediImport.quarantined', {
                name: outcome.name,
                type: outcome.result.message.type,
              })}
            </p>
            {outcome.result.applied ? (
              outcome.result.message.reason && <p lang="en">{outcome.result.message.reason}</p>
            ) : (
              <>
                <p>{t('ediImport.nothingApplied', { count: outcome.result.issues.length })}</p>
                <IssueList issues={outcome.result.issues} testId="edi-import-issues" />
              </>
            )}
          </div>
        </div>
      )}
    </section>
  )
}
