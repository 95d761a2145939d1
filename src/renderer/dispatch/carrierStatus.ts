// A consignment's last custody event from its carrier (RESDIT), as the engine stores it: the event code
// then its English words, "24 uplifted". The codes are said in the person's language; a code this
// screen does not know keeps the engine's words.
import type { MessageKey } from '../i18n/en'
import type { Translate } from '../i18n/languages'

/** RESDIT event codes (UPU M.R. 4.2) with words in every catalogue. */
export const RESDIT_CODES = ['74', '6', '48', '24', '41', '42', '43', '57', '82', '21'] as const
export type ResditCode = (typeof RESDIT_CODES)[number]

export function isResditCode(code: string): code is ResditCode {
  return (RESDIT_CODES as readonly string[]).includes(code)
}

export function resditKey(code: ResditCode): MessageKey {
  return `resdit.${code}`
}

/** "Uplifted (24)"; null when the carrier has not reported anything yet. */
export function carrierStatusWords(status: string | null, t: Translate): string | null {
  if (status === null || status.trim() === '') return null
  const match = /^(\d+)\s*(.*)$/.exec(status.trim())
  if (!match) return status
  const [, code = '', words = ''] = match
  if (isResditCode(code)) return t('consignment.statusCode', { words: t(resditKey(code)), code })
  return words ? t('consignment.statusCode', { words, code }) : status
}
