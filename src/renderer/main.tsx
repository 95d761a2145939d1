import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { unlockAudioOnFirstGesture } from './feedback/tones'
import { SettingsProvider } from './settings/SettingsContext'
import './styles.css'

unlockAudioOnFirstGesture(window)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <SettingsProvider>
      <App />
    </SettingsProvider>
  </StrictMode>,
)
