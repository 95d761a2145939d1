import type { customsEn } from './customs.en'

/** Every customs message in one language: the compiler refuses a catalogue missing one. */
export type CustomsMessages = { readonly [K in keyof typeof customsEn]: string }
