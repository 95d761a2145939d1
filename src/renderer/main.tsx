import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { unlockAudioOnFirstGesture } from './feedback/tones'
import { SessionProvider } from './session/SessionContext'
import { SettingsProvider } from './settings/SettingsContext'
import './styles.css'
import './styles/forms.css'
import './styles/bagging.css'
import './styles/devices.css'

unlockAudioOnFirstGesture(window)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <SettingsProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </SettingsProvider>
  </StrictMode>,
)
