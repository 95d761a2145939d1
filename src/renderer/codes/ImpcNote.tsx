// What the station's IMPC list says about an office code as it is typed, so a wrong letter is seen
// before it is printed on a label. An unlisted code is a warning, not a refusal: the list is partial.
import { useT } from '../settings/SettingsContext'
import { isImpc } from './impc'
import { officeName } from './names'

export function ImpcNote({ code, id }: { code: string; id: string }) {
  const t = useT()
  if (!isImpc(code))
    return (
      <p id={id} className="form-note">
        {t('impc.bad')}
      </p>
    )
  const office = officeName(code)
  if (!office.listed) {
    return (
      <p id={id} className="form-note form-note-warning">
        {t('impc.unlisted')}
      </p>
    )
  }
  return (
    <p id={id} className="form-note form-note-ok">
      {office.name ? t('impc.listed', { name: office.name }) : t('impc.listedNoName')}
    </p>
  )
}
