// A printer's condition as a person at the station reads it: words, a colour family and an icon shape,
// so none of the three carries the meaning alone. Pure, so the mapping is unit-tested.
import type { Role } from '../../api/bagging'
import type { PrinterCondition } from '../../api/printing'
import type { Translate } from '../i18n/languages'

/**
 * The colour family of a printer or a label job: ready (green), working (blue, nothing to do), attention
 * (amber, a person must look), fault (red, nothing prints until someone acts), idle (grey, not known or over).
 */
export type LabelTone = 'ready' | 'working' | 'attention' | 'fault' | 'idle'

/** The icon drawn beside the words: the shapes differ, so the state reads without colour. */
export type LabelIcon = 'tick' | 'hourglass' | 'triangle' | 'question' | 'cross' | 'slash'

export interface Look {
  tone: LabelTone
  icon: LabelIcon
}

export function conditionLook(condition: PrinterCondition): Look {
  switch (condition.state) {
    case 'ready':
      return { tone: 'ready', icon: 'tick' }
    case 'busy':
      return { tone: 'working', icon: 'hourglass' }
    case 'unknown':
      return { tone: 'idle', icon: 'question' }
    // Paused on purpose or by a fault the printer did not name: someone presses the button on it.
    case 'paused':
      return { tone: 'attention', icon: 'triangle' }
    case 'paper-out':
    case 'head-open':
    case 'ribbon-out':
    case 'error':
    case 'offline':
    case 'not-answering':
      return { tone: 'fault', icon: 'cross' }
  }
}

/** The condition as a short line: "Out of paper", "Offline: connection refused". */
export function conditionWords(condition: PrinterCondition, t: Translate): string {
  switch (condition.state) {
    case 'error':
      return t('printer.state.error', { reason: condition.reason })
    case 'offline':
      return t('printer.state.offline', { reason: condition.reason })
    default:
      return t(`printer.state.${condition.state}`)
  }
}

/** A condition in which nothing prints until someone acts on the printer (or its connection). */
export function conditionBlocks(condition: PrinterCondition): boolean {
  return !['ready', 'busy', 'unknown'].includes(condition.state)
}

/**
 * Why a label cannot print on this printer now, to finish "Waiting: …", or null when the printer can print
 * (ready, busy with earlier labels) or nobody knows yet.
 */
export function conditionWhy(condition: PrinterCondition, t: Translate): string | null {
  switch (condition.state) {
    case 'ready':
    case 'busy':
    case 'unknown':
      return null
    case 'error':
      return t('printer.why.error', { reason: condition.reason })
    case 'offline':
      return t('printer.why.offline', { reason: condition.reason })
    default:
      return t(`printer.why.${condition.state}`)
  }
}

const MANAGES_PRINTERS: readonly Role[] = ['supervisor', 'oe', 'admin']

/** Who may add, change and remove printers (the engine decides; the screen says so in advance). */
export function mayManagePrinters(role: Role | null): boolean {
  return role !== null && MANAGES_PRINTERS.includes(role)
}
