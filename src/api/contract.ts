// The one contract between the engine and every face (Electron IPC, WebSocket, in-process CLI).
// Adding a command here is the only change a new capability needs in this layer; every transport and
// handler table is typed from this object, so the compiler finds each face the change touches.
import { z } from 'zod'
import { advanceCommands, advanceEvents } from './advance'
import { baggingCommands, baggingEvents } from './bagging'
import { customsCommands, customsEvents } from './customs'
import { deviceCommands, deviceEvents } from './devices'
import { exchangeCommands, exchangeEvents } from './exchange'
import { printingCommands, printingEvents } from './printing'
import { codeListInfoSchema, identificationSchema } from './schemas'

/** The longest code we accept from any face; anything longer is not a scan but a paste accident. */
export const MAX_CODE_LENGTH = 4096
/** How many codes one identify request may carry (a pasted manifest column, not a whole file). */
export const MAX_CODES_PER_REQUEST = 10_000

export const commands = {
  'app.info': {
    input: z.strictObject({}),
    output: z.strictObject({
      product: z.string(),
      version: z.string(),
      /** Where the engine runs, for the status bar: the desktop app, a `station serve`, or the CLI. */
      engine: z.enum(['desktop', 'server', 'cli']),
      dataDir: z.string().nullable(),
      codeLists: z.array(codeListInfoSchema),
    }),
  },
  'ids.identify': {
    input: z.strictObject({
      codes: z.array(z.string().max(MAX_CODE_LENGTH)).min(1).max(MAX_CODES_PER_REQUEST),
    }),
    output: z.strictObject({ results: z.array(identificationSchema) }),
  },
  ...baggingCommands,
  ...deviceCommands,
  ...printingCommands,
  ...exchangeCommands,
  ...customsCommands,
  ...advanceCommands,
} as const

/** Events the engine pushes to faces. Scan outcomes and device status join here as they are built. */
export const events = {
  ...baggingEvents,
  ...deviceEvents,
  ...printingEvents,
  ...exchangeEvents,
  ...customsEvents,
  ...advanceEvents,
} as const

export type Commands = typeof commands
export type CommandName = keyof Commands
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>
export type CommandOutput<N extends CommandName> = z.output<Commands[N]['output']>

export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<N extends EventName> = z.output<Events[N]>

/** What the engine implements: one async function per command. */
export type CommandHandlers = {
  [N in CommandName]: (input: z.output<Commands[N]['input']>) => Promise<CommandOutput<N>>
}

/** The device commands, served by src/devices beside the station's own handlers. */
export type DeviceCommandName = keyof typeof deviceCommands

/** What the station engine implements itself; each face composes it with the device handlers. */
export type StationCommandHandlers = Omit<CommandHandlers, DeviceCommandName>

/** The device half of the table: `createDeviceHandlers` in src/devices. */
export type DeviceCommandHandlers = Pick<CommandHandlers, DeviceCommandName>

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(commands, name)
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name)
}
