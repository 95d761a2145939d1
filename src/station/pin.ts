// PINs are kept as salted scrypt hashes. A 4-digit PIN is weak against someone holding the database file,
// so the hash cost is what keeps a stolen copy from yielding every PIN in seconds.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

const KEY_LENGTH = 32
const COST = { N: 16384, r: 8, p: 1 } as const

export interface PinHash {
  hash: Buffer
  salt: Buffer
}

export function hashPin(pin: string): PinHash {
  const salt = randomBytes(16)
  return { hash: scryptSync(pin, salt, KEY_LENGTH, COST), salt }
}

export function pinMatches(pin: string, stored: PinHash): boolean {
  const candidate = scryptSync(pin, stored.salt, KEY_LENGTH, COST)
  return candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash)
}

let decoy: PinHash | null = null

/** Checked against unknown operator ids so that "no such operator" costs as long as "wrong PIN". */
export function decoyPin(): PinHash {
  decoy ??= hashPin('decoy')
  return decoy
}
