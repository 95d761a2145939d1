// The documents of a closed dispatch or consignment. EDI messages are shown as they were written, in a
// scrollable monospace block; every document, PDF included, has a "Save" link (a download of the bytes
// the engine holds; PDFs are not embedded, which the page's CSP would refuse anyway).
import type { DocumentFile } from '../../api/exchange'
import type { ConnectionStatus } from '../contract/client'
import { describeEngineError } from '../engine/errors'
import { ProblemNote } from '../feedback/ProblemNote'
import { useT } from '../settings/SettingsContext'
import { isEdi, useDocuments } from './useDocuments'

interface DocumentListProps {
  connection: ConnectionStatus
  documents: readonly DocumentFile[]
  /** Says which dispatch or consignment, for the heading. */
  title: string
  testId?: string
}

export function DocumentList({ connection, documents, title, testId }: DocumentListProps) {
  const t = useT()
  const loaded = useDocuments(connection, documents)
  return (
    <section className="documents" aria-label={title} data-testid={testId}>
      <h3>{title}</h3>
      {documents.length === 0 && <p className="form-note">{t('documents.none')}</p>}
      <ul className="document-list">
        {documents.map((document) => {
          const doc = loaded.get(document.path) ?? { state: 'loading' as const }
          return (
            <li
              key={document.path}
              className="document"
              data-testid={`document-${document.kind}`}
              data-state={doc.state}
            >
              <div className="document-head">
                <p className="document-name">
                  <strong className="document-form">{document.form}</strong>{' '}
                  <span>{t(`document.kind.${document.kind}`)}</span>
                  <span className="code document-file">{document.name}</span>
                </p>
                {doc.state === 'ready' ? (
                  <a
                    className="button document-save"
                    href={doc.url}
                    download={document.name}
                    aria-label={t('documents.saveNamed', { form: document.form, name: document.name })}
                  >
                    {t('documents.save')}
                  </a>
                ) : (
                  doc.state === 'loading' && <span className="form-note">{t('documents.loading')}</span>
                )}
              </div>
              {doc.state === 'failed' && (
                <ProblemNote title="documents.failed" problem={describeEngineError(doc.error)} />
              )}
              {doc.state === 'ready' && isEdi(document) && doc.text !== null && (
                <pre
                  className="edi-text"
                  tabIndex={0}
                  aria-label={t('documents.ediText', { form: document.form })}
                  data-testid={`document-text-${document.kind}`}
                >
                  {doc.text}
                </pre>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
