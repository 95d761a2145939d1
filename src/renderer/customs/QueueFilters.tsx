// The queue's filters: status (applied as soon as it is chosen), destination, value range and age
// (applied with Enter or the button). A value that cannot be used is said under its field and the list
// stays as it was, so what is on screen is always what the filters say.
import { useState, type ReactNode } from 'react'
import { CUSTOMS_STATES } from '../../api/customs'
import { useT } from '../settings/SettingsContext'
import { EMPTY_FILTER, readFilter, type FilterField, type FilterForm, type QueueFilter } from './queueFilter'

interface QueueFiltersProps {
  onApply: (filter: QueueFilter) => void
}

export function QueueFilters({ onApply }: QueueFiltersProps) {
  const t = useT()
  const [form, setForm] = useState<FilterForm>(EMPTY_FILTER)
  const [errors, setErrors] = useState<Partial<Record<FilterField, string>>>({})

  function apply(next: FilterForm): void {
    const reading = readFilter(next)
    if (!reading.ok) {
      setErrors(Object.fromEntries(Object.entries(reading.errors).map(([field, key]) => [field, t(key)])))
      return
    }
    setErrors({})
    onApply(reading.filter)
  }

  function set<K extends keyof FilterForm>(field: K, value: FilterForm[K]): FilterForm {
    const next = { ...form, [field]: value }
    setForm(next)
    if (field in errors) setErrors(({ [field]: _corrected, ...rest }) => rest)
    return next
  }

  function field(name: FilterField, label: string, input: ReactNode): ReactNode {
    const error = errors[name]
    return (
      <div className="form-field customs-filter-field">
        <label htmlFor={`customs-filter-${name}`}>{label}</label>
        {input}
        {error && (
          <p className="form-note form-note-error" id={`customs-filter-${name}-error`}>
            {error}
          </p>
        )}
      </div>
    )
  }

  function textInput(name: FilterField, inputMode: 'text' | 'decimal', className = ''): ReactNode {
    return (
      <input
        id={`customs-filter-${name}`}
        className={`text-input customs-filter-input ${className}`}
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        value={form[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `customs-filter-${name}-error` : undefined}
        onChange={(event) => set(name, event.target.value)}
      />
    )
  }

  return (
    <form
      className="customs-filters"
      aria-label={t('customsFilter.title')}
      data-testid="customs-filters"
      onSubmit={(event) => {
        event.preventDefault()
        apply(form)
      }}
    >
      <div className="form-field customs-filter-field">
        <label htmlFor="customs-filter-status">{t('customsFilter.status')}</label>
        <select
          id="customs-filter-status"
          className="text-input"
          value={form.status}
          onChange={(event) => apply(set('status', event.target.value as FilterForm['status']))}
        >
          <option value="all">{t('customsFilter.statusAll')}</option>
          {CUSTOMS_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`customs.state.${state}`)}
            </option>
          ))}
        </select>
      </div>
      {field('destination', t('customsFilter.destination'), textInput('destination', 'text', 'code'))}
      {field('minValue', t('customsFilter.minValue'), textInput('minValue', 'decimal'))}
      {field('maxValue', t('customsFilter.maxValue'), textInput('maxValue', 'decimal'))}
      {field('olderThanHours', t('customsFilter.olderThan'), textInput('olderThanHours', 'decimal'))}
      <div className="customs-filter-buttons">
        <button type="submit" className="button">
          {t('customsFilter.apply')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setForm(EMPTY_FILTER)
            setErrors({})
            onApply({ status: 'all' })
          }}
        >
          {t('customsFilter.clear')}
        </button>
      </div>
    </form>
  )
}
