import type { devicesEn } from './devices.en'

/** Every devices message in one language: the compiler refuses a catalogue missing one. */
export type DevicesMessages = { readonly [K in keyof typeof devicesEn]: string }
