// Where the item goes, as people know it: the IMPC office or the country by its code, and its name
// beside it (the office's from the code list, the country's in the person's language).
import { useLanguage, useT } from '../settings/SettingsContext'
import { destinationName } from './look'

export function Destination({ code }: { code: string | null }) {
  const t = useT()
  const language = useLanguage()
  if (code === null) return <span className="customs-muted">{t('customs.destinationUnknown')}</span>
  const name = destinationName(code, language)
  return (
    <span className="customs-destination">
      <strong className="code">{code}</strong>{' '}
      <span className="customs-destination-name">{name ?? t('customs.destinationNoName')}</span>
    </span>
  )
}
