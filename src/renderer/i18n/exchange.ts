import type { exchangeEn } from './exchange.en'

/** Every office-of-exchange message in one language: the compiler refuses a catalogue missing one. */
export type ExchangeMessages = { readonly [K in keyof typeof exchangeEn]: string }
