// Honeywell host-acknowledge mode: the scanner stays silent after a decode and beeps good or bad only
// when the host says so, so the person hears the engine's verdict, not just "a barcode was read".

/** `[ESC]7,` indicate success. */
export const HOST_ACK_GOOD = Buffer.from('\x1b7,', 'latin1')
/** `[ESC]8,` indicate failure. */
export const HOST_ACK_BAD = Buffer.from('\x1b8,', 'latin1')

/** Only an item that went into the bag is a good beep; everything else needs the person's attention. */
export function hostAck(outcome: string | null): Buffer {
  return outcome === 'accepted' ? HOST_ACK_GOOD : HOST_ACK_BAD
}
