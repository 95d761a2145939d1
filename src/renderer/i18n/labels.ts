import type { labelsEn } from './labels.en'

/** Every labels message in one language: the compiler refuses a catalogue missing one. */
export type LabelsMessages = { readonly [K in keyof typeof labelsEn]: string }
