// Settings and the translator they imply, for every component. The language choice also drives
// `<html lang>`, so screen readers and hyphenation follow it.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { translator, type Language, type Translate } from '../i18n/languages'
import { loadSettings, saveSettings, type Settings } from './settings'

interface SettingsValue {
  settings: Settings
  update: (change: Partial<Settings>) => void
}

const SettingsContext = createContext<SettingsValue | null>(null)

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(loadSettings)

  useEffect(() => {
    saveSettings(settings)
  }, [settings])

  useEffect(() => {
    document.documentElement.lang = settings.language
  }, [settings.language])

  const value = useMemo<SettingsValue>(
    () => ({ settings, update: (change) => setSettings((current) => ({ ...current, ...change })) }),
    [settings],
  )
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext)
  if (!value) throw new Error('useSettings() outside <SettingsProvider>')
  return value
}

export function useLanguage(): Language {
  return useSettings().settings.language
}

export function useT(): Translate {
  const language = useLanguage()
  return useMemo(() => translator(language), [language])
}
