// The engine's implementation of the contract. Faces reach it only through `handleCommand`, so every
// input here is already validated. Expected engine failures become ContractErrors a face can show.
import { existsSync } from 'node:fs'
import { ContractError, type ContractErrorCode, type StationCommandHandlers } from '../api'
import { codeListSummaries } from '../core/codelists'
import { identify } from '../core/ids'
import { StationError, type StationErrorCode } from './errors'
import { initStation } from './init'
import { openStation } from './open'
import { databaseFile } from './store/connection'
import type { Session, Station } from './types'

/** A face that must see a station opened later by `station.setup` passes a slot and reads `current`. */
export interface StationSlot {
  current: Station | null
}

export interface StationHandlerOptions {
  engine: 'desktop' | 'server' | 'cli'
  version: string
  dataDir: string | null
  /**
   * The open station, or a slot holding it. Without one (or with null), the handlers open the station in
   * `dataDir` on first use, or create it on `station.setup`.
   */
  station?: Station | StationSlot | null
  /** Called when the handlers opened the station themselves, so the face can subscribe and close it. */
  onStationOpened?: (station: Station) => void
}

const CONTRACT_CODES: Record<StationErrorCode, ContractErrorCode> = {
  not_initialized: 'unavailable',
  newer_database: 'unavailable',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  already_initialized: 'bad_request',
  not_found: 'bad_request',
  invalid: 'bad_request',
  conflict: 'bad_request',
}

function contractError(error: unknown): unknown {
  return error instanceof StationError ? new ContractError(CONTRACT_CODES[error.code], error.message) : error
}

const NO_DATA = 'No station data folder: start with --data DIR (after station init)'

function isSlot(value: Station | StationSlot): value is StationSlot {
  return 'current' in value
}

export function createStationHandlers(options: StationHandlerOptions): StationCommandHandlers {
  const given = options.station ?? null
  const slot: StationSlot = given !== null && isSlot(given) ? given : { current: given }
  const { dataDir } = options

  function adopt(station: Station): Station {
    slot.current = station
    options.onStationOpened?.(station)
    return station
  }

  /** The station, opened on first use; null while the data folder holds none. */
  function current(): Station | null {
    if (slot.current) return slot.current
    if (dataDir === null || !existsSync(databaseFile(dataDir))) return null
    try {
      return adopt(openStation({ dataDir }))
    } catch (error) {
      if (error instanceof StationError && error.code === 'not_initialized') return null
      throw error
    }
  }

  function station(): Station {
    const s = current()
    if (s) return s
    if (dataDir === null) throw new ContractError('unavailable', NO_DATA)
    throw new ContractError(
      'unavailable',
      `No station is set up in ${dataDir} yet: run station init --data ${dataDir} --office IMPC, or set it up from the app.`,
    )
  }

  function acting(token: string): { s: Station; by: Session } {
    const s = station()
    return { s, by: s.session(token) }
  }

  // Every handler runs through here so an engine failure reaches the face with its words intact.
  function guarded<H extends (input: never) => Promise<unknown>>(handler: H): H {
    return (async (input: never) => {
      try {
        return await handler(input)
      } catch (error) {
        throw contractError(error)
      }
    }) as H
  }

  const handlers: StationCommandHandlers = {
    'app.info': async () => ({
      product: 'Post Station',
      version: options.version,
      engine: options.engine,
      dataDir,
      codeLists: codeListSummaries(),
    }),
    'ids.identify': async ({ codes }) => ({ results: codes.map((code) => identify(code)) }),
    'station.status': async () => ({ office: current()?.office() ?? null }),
    'station.setup': async ({ impc, name }) => {
      if (dataDir === null) throw new ContractError('unavailable', NO_DATA)
      const existing = current()
      if (existing) {
        throw new ContractError(
          'bad_request',
          `This station is already set up as office ${existing.office().impc}.`,
        )
      }
      initStation(dataDir, { impc, name })
      return { office: adopt(openStation({ dataDir })).office() }
    },
    'session.signIn': async ({ operator, pin }) => {
      const session = station().signIn(operator, pin)
      return { session: session.token, operator: session.operator }
    },
    'session.signOut': async ({ session }) => {
      station().signOut(session)
      return {}
    },
    'receptacle.open': async ({ session, ...r }) => {
      const { s, by } = acting(session)
      return s.openReceptacle(by, r)
    },
    'receptacle.close': async ({ session, ...r }) => {
      const { s, by } = acting(session)
      return s.closeReceptacle(by, r)
    },
    'receptacle.reopen': async ({ session, receptacle, reason }) => {
      const { s, by } = acting(session)
      return s.reopenReceptacle(by, receptacle, reason)
    },
    'receptacle.list': async ({ state }) => ({ receptacles: station().listReceptacles(state) }),
    'receptacle.get': async ({ handle }) => station().getReceptacle(handle),
    'scan.submit': async ({ session, ...scan }) => {
      const { s, by } = acting(session)
      return s.scan(by, scan)
    },
    'scan.undo': async ({ session, seq }) => {
      const { s, by } = acting(session)
      return { event: s.undo(by, seq) }
    },
    'events.list': async ({ after, limit }) => ({ events: station().events(after, limit) }),
    'policy.list': async () => ({ policies: station().listPolicies() }),
    'policy.set': async ({ session, policy }) => {
      const { s, by } = acting(session)
      return { policy: s.setPolicy(by, policy) }
    },
    'printer.list': async () => ({ printers: station().printers() }),
    'printer.save': async ({ session, printer }) => {
      const { s, by } = acting(session)
      return { printer: s.savePrinter(by, printer) }
    },
    'printer.remove': async ({ session, id }) => {
      const { s, by } = acting(session)
      s.removePrinter(by, id)
      return {}
    },
    'printer.check': async ({ id }) => ({ printer: await station().checkPrinter(id) }),
    'print.jobs': async ({ limit, receptacle }) => ({ jobs: station().printJobs(limit, receptacle) }),
    'print.preview': async ({ job }) => {
      const { png, widthMm, heightMm } = await station().previewJob(job)
      return { png: png.toString('base64'), widthMm, heightMm }
    },
    'print.reprint': async ({ session, job, printer, reason }) => {
      const { s, by } = acting(session)
      return { job: s.reprint(by, job, { printer, reason }) }
    },
    'print.confirm': async ({ session, job }) => {
      const { s, by } = acting(session)
      return { job: s.confirmPrinted(by, job) }
    },
    'print.cancel': async ({ session, job }) => {
      const { s, by } = acting(session)
      return { job: s.cancelPrint(by, job) }
    },
    'dispatch.list': async ({ state }) => ({ dispatches: station().listDispatches(state) }),
    'dispatch.close': async ({ session, dispatch, destination, category, subclass }) => {
      const { s, by } = acting(session)
      if (dispatch !== undefined) return s.closeDispatch(by, { dispatch })
      if (destination === undefined || category === undefined || subclass === undefined) {
        throw new ContractError(
          'bad_request',
          'Name the dispatch (its S8 id), or its destination, category and subclass.',
        )
      }
      return s.closeDispatch(by, { destination, category, subclass })
    },
    'dispatch.documents': async ({ dispatch }) => ({ documents: station().dispatchDocuments(dispatch) }),
    'document.get': async ({ path }) => {
      const { name, mime, data } = station().document(path)
      return { name, mime, base64: data.toString('base64') }
    },
    'consignment.close': async ({ session, ...req }) => {
      const { s, by } = acting(session)
      return s.closeConsignment(by, req)
    },
    'consignment.list': async ({ limit }) => ({ consignments: station().consignments(limit) }),
    'message.list': async ({ direction, limit }) => ({ messages: station().messages(direction, limit) }),
    'message.get': async ({ id }) => station().message(id),
    'message.resend': async ({ session, id, reason }) => {
      const { s, by } = acting(session)
      return { message: s.resendMessage(by, id, reason) }
    },
    'edi.import': async ({ session, name, content }) => {
      const { s, by } = acting(session)
      return s.importEdi(by, name, content)
    },
    'partner.list': async () => ({ partners: station().partners() }),
    'partner.save': async ({ session, partner }) => {
      const { s, by } = acting(session)
      return { partner: s.savePartner(by, partner) }
    },
    'emsevt.export': async ({ session, since, outbox }) => {
      const { s, by } = acting(session)
      const from = new Date(since)
      if (Number.isNaN(from.getTime())) throw new ContractError('bad_request', `"${since}" is not a time.`)
      return s.exportEmsevt(by, from, outbox === undefined ? {} : { outbox })
    },
    'receptacle.unconfirmed': async ({ olderThanHours }) => ({
      receptacles: station().unconfirmedReceptacles(olderThanHours),
    }),
    'itmatt.import': async ({ session, name, content }) => {
      const { s, by } = acting(session)
      return s.importItmatt(by, { name, content })
    },
    'advance.item': async ({ itemId }) => ({ item: station().advanceItem(itemId) }),
    'advance.report': async ({ batch }) => station().advanceReport(batch),
    'advance.answer': async ({ session, items, code, action }) => {
      const { s, by } = acting(session)
      return s.answerReferral(by, items, { code, action })
    },
    'customs.queue': async (filter) => ({ items: station().customsQueue(filter) }),
    'customs.item': async ({ itemId }) => station().customsItem(itemId),
    'customs.present': async ({ session, items }) => {
      const { s, by } = acting(session)
      return { items: s.presentToCustoms(by, items) }
    },
    'customs.decide': async ({ session, items, decision, ...options }) => {
      const { s, by } = acting(session)
      return s.decideCustoms(by, items, decision, options)
    },
    'customs.payment': async ({ session, itemId, reference }) => {
      const { s, by } = acting(session)
      return s.recordDutyPayment(by, itemId, reference)
    },
  }
  for (const name of Object.keys(handlers) as (keyof StationCommandHandlers)[]) {
    ;(handlers as Record<string, unknown>)[name] = guarded(
      handlers[name] as (input: never) => Promise<unknown>,
    )
  }
  return handlers
}
