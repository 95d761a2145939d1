// An IMPC office as people know it: the code, and under it the name the code list gives (or that the
// code is not in the list, which a person should notice before mail goes there).
import { officeName } from '../codes/names'
import { useT } from '../settings/SettingsContext'

export function OfficeName({ code, inline = false }: { code: string; inline?: boolean }) {
  const t = useT()
  const office = officeName(code)
  const name = office.listed ? (office.name ?? t('value.nameUnknown')) : t('value.notInList')
  return (
    <span className={inline ? 'office-name office-name-inline' : 'office-name'}>
      <strong className="code">{code}</strong> <span className="office-name-words">{name}</span>
    </span>
  )
}
