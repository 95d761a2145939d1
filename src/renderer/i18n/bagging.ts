import type { baggingEn } from './bagging.en'

/** Every bagging message in one language: the compiler refuses a catalogue missing one. */
export type BaggingMessages = { readonly [K in keyof typeof baggingEn]: string }
