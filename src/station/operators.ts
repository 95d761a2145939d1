// Operators and their sessions. Sessions live in memory: a restarted engine asks people to sign in again.
import type { Database, Statement } from 'better-sqlite3'
import { randomBytes } from 'node:crypto'
import { ROLES } from '../api'
import { StationError } from './errors'
import { decoyPin, hashPin, pinMatches, type PinHash } from './pin'
import { DEFAULT_OPERATOR } from './permissions'
import type { NewOperator, Operator, Role, Session } from './types'

interface OperatorRow {
  id: string
  role: Role
  name: string | null
  pin_hash: Buffer | null
  pin_salt: Buffer | null
}

const OPERATOR_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
const PIN = /^[0-9]{4,64}$/
const REFUSED = 'Unknown operator or wrong PIN.'

export function validateNewOperator(op: NewOperator): void {
  if (!OPERATOR_ID.test(op.id)) {
    throw new StationError(
      'invalid',
      `Operator id "${op.id}" is not usable: use 1 to 64 letters, digits, dots, dashes or underscores.`,
    )
  }
  if (!(ROLES as readonly string[]).includes(op.role)) {
    throw new StationError('invalid', `Role "${op.role}" is unknown: it must be one of ${ROLES.join(', ')}.`)
  }
  if (!PIN.test(op.pin)) throw new StationError('invalid', 'A PIN is at least 4 digits, and only digits.')
  if (op.name && op.name.length > 200)
    throw new StationError('invalid', 'An operator name is 200 characters at most.')
}

export class Operators {
  private readonly sessions = new Map<string, Session>()
  private standing: Session | null = null
  private readonly byId: Statement<[string], OperatorRow>
  private readonly insert: Statement

  constructor(db: Database) {
    this.byId = db.prepare('SELECT id, role, name, pin_hash, pin_salt FROM operator WHERE id = ?')
    this.insert = db.prepare(
      'INSERT INTO operator (id, role, name, pin_hash, pin_salt, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
  }

  private start(row: OperatorRow): Session {
    const session = {
      token: randomBytes(24).toString('base64url'),
      operator: { id: row.id, role: row.role, name: row.name },
    }
    this.sessions.set(session.token, session)
    return session
  }

  signIn(operatorId: string, pin: string): Session {
    const row = this.byId.get(operatorId)
    const stored = row?.pin_hash && row.pin_salt ? { hash: row.pin_hash, salt: row.pin_salt } : null
    const matches = pinMatches(pin, stored ?? decoyPin())
    if (!row || !stored || !matches) throw new StationError('unauthorized', REFUSED)
    return this.start(row)
  }

  /** One session per engine: scripts call this for every command and need not collect tokens. */
  defaultSession(): Session {
    if (this.standing && this.sessions.has(this.standing.token)) return this.standing
    const row = this.byId.get(DEFAULT_OPERATOR)
    if (!row) throw new Error(`the default operator '${DEFAULT_OPERATOR}' is missing from the database`)
    this.standing = this.start(row)
    return this.standing
  }

  /**
   * The signed-in operator behind a token. Acting methods go through here rather than trusting the role
   * inside a Session object, which a caller could have built by hand.
   */
  session(token: string): Session {
    const session = this.sessions.get(token)
    if (!session)
      throw new StationError('unauthorized', 'Not signed in, or the session has ended: sign in again.')
    return session
  }

  signOut(token: string): void {
    this.sessions.delete(token)
  }

  exists(id: string): boolean {
    return this.byId.get(id) !== undefined
  }

  /** Hashes first: scrypt is slow on purpose and must not run while the write lock is held. */
  hash(pin: string): PinHash {
    return hashPin(pin)
  }

  /** Writes inside the caller's transaction. */
  add(op: NewOperator, { hash, salt }: PinHash, createdAt: string): Operator {
    this.insert.run(op.id, op.role, op.name ?? null, hash, salt, createdAt)
    return { id: op.id, role: op.role, name: op.name ?? null }
  }
}
