// The live weight, large, with "stable" or "moving" in words and colour: a worker glances at it from a
// step away with a bag in both arms.
import { formatWeight } from '../codes/weight'
import { useLanguage, useT } from '../settings/SettingsContext'
import { statusWords, type ScaleState } from './status'

export function ScaleWeight({ scale }: { scale: ScaleState }) {
  const t = useT()
  const language = useLanguage()
  let tone: 'stable' | 'moving' | 'none'
  let line: string
  let kg: number | null = null
  switch (scale.kind) {
    case 'stable':
      tone = 'stable'
      kg = scale.kg
      line = t('closeDialog.stable')
      break
    case 'moving':
      tone = 'moving'
      kg = scale.kg
      line = t('closeDialog.moving')
      break
    case 'notReady':
      tone = 'none'
      line = t('closeDialog.scaleNotReady', { state: statusWords(scale.status, t, language) })
      break
    case 'failed':
      tone = 'none'
      line = t('closeDialog.scaleFailed')
      break
    case 'noReading':
    case 'unknown':
      tone = 'none'
      line = t('closeDialog.noReading')
      break
    case 'none':
      tone = 'none'
      line = t('closeDialog.noScale')
      break
  }
  return (
    <div
      className={`scale-weight scale-${tone}`}
      data-testid="scale-weight"
      data-state={scale.kind}
      role="status"
    >
      <span className="scale-weight-label">{t('closeDialog.scale')}</span>
      <span className="scale-weight-value">{kg === null ? '—' : formatWeight(kg, language)}</span>
      <span className="scale-weight-state">{line}</span>
    </div>
  )
}
