// Contract shapes of the station's devices: scanners (serial, HID POS, keyboard wedge, simulated) and
// scales. Status is a discriminated union so every face switches over all of its states.
import { z } from 'zod'

export const deviceStatusSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('disconnected'), since: z.string().nullable() }),
  z.strictObject({
    state: z.literal('connecting'),
    attempt: z.number().int(),
    nextRetryMs: z.number().nullable(),
  }),
  z.strictObject({ state: z.literal('ready'), since: z.string() }),
  z.strictObject({ state: z.literal('error'), reason: z.string() }),
])
export type DeviceStatus = z.output<typeof deviceStatusSchema>

export const deviceKindSchema = z.enum(['scanner', 'scale'])

/** How a device is reached; persisted per station and editable in Settings. */
export const deviceConfigSchema = z.discriminatedUnion('transport', [
  z.strictObject({
    id: z.string().min(1).max(64),
    kind: deviceKindSchema,
    transport: z.literal('serial'),
    /** A path (/dev/ttyACM0, COM3, a /dev/serial/by-id link, a pty) — used as given. */
    path: z.string().min(1).max(300),
    baudRate: z.number().int().positive().default(9600),
    /** Scanners: how a code ends. Scales: ignored (their protocol frames the bytes). */
    framing: z.enum(['cr', 'crlf', 'lf', 'timeout']).default('cr'),
    /** Scales only. */
    protocol: z.enum(['sics', 'toledo8217', 'cas']).optional(),
    /** Scanners only: the AIM symbology identifiers accepted (e.g. ["]C0", "]A0"]); empty = any. */
    acceptSymbologies: z.array(z.string().regex(/^\][A-Za-z][0-9A-Za-z]$/)).default([]),
    /** Honeywell host-acknowledge: the scanner beeps good/bad only after the engine's outcome. */
    hostAck: z.boolean().default(false),
    /** Matched instead of the path when the port comes back under another name. */
    match: z
      .strictObject({
        vendorId: z.string().nullable(),
        productId: z.string().nullable(),
        serialNumber: z.string().nullable(),
      })
      .nullable()
      .default(null),
  }),
  z.strictObject({
    id: z.string().min(1).max(64),
    kind: z.literal('scanner'),
    transport: z.literal('hid'),
    vendorId: z.number().int(),
    productId: z.number().int(),
    serialNumber: z.string().nullable().default(null),
  }),
  z.strictObject({
    id: z.string().min(1).max(64),
    kind: deviceKindSchema,
    transport: z.literal('simulated'),
    /** Scans (or weight changes) per minute the simulator produces. */
    ratePerMinute: z.number().positive().max(6000).default(20),
  }),
])
export type DeviceConfig = z.output<typeof deviceConfigSchema>

export const weightReadingSchema = z.strictObject({
  kg: z.number(),
  stable: z.boolean(),
  at: z.string(),
})
export type WeightReading = z.output<typeof weightReadingSchema>

export const deviceInfoSchema = z.strictObject({
  id: z.string(),
  kind: deviceKindSchema,
  transport: z.enum(['serial', 'hid', 'simulated']),
  /** Where it is: the port path, HID vendor:product, or "simulated". */
  address: z.string(),
  status: deviceStatusSchema,
  /** The last bytes received, printable with control bytes escaped (\r, \x1b…), for diagnosis. */
  lastRaw: z.string().nullable(),
  lastRawAt: z.string().nullable(),
  /** Scales: the last reading. */
  weight: weightReadingSchema.nullable(),
})
export type DeviceInfo = z.output<typeof deviceInfoSchema>

export const portSchema = z.strictObject({
  transport: z.enum(['serial', 'hid']),
  path: z.string(),
  vendorId: z.string().nullable(),
  productId: z.string().nullable(),
  serialNumber: z.string().nullable(),
  manufacturer: z.string().nullable(),
  product: z.string().nullable(),
})
export type PortInfo = z.output<typeof portSchema>

export const deviceScanSchema = z.strictObject({
  deviceId: z.string(),
  code: z.string(),
  symbology: z.string().nullable(),
  at: z.string(),
})

/** A read the scanner itself refused before the scan loop saw it (a symbology not on its accept list). */
export const deviceRefusedSchema = z.strictObject({
  deviceId: z.string(),
  code: z.string(),
  reason: z.string(),
  at: z.string(),
})

const session = z.string().min(16).max(200)

export const deviceCommands = {
  'devices.list': {
    input: z.strictObject({}),
    output: z.strictObject({ devices: z.array(deviceInfoSchema) }),
  },
  'devices.ports': {
    input: z.strictObject({}),
    output: z.strictObject({ ports: z.array(portSchema), problems: z.array(z.string()) }),
  },
  'devices.configure': {
    input: z.strictObject({ session, devices: z.array(deviceConfigSchema).max(32) }),
    output: z.strictObject({ devices: z.array(deviceInfoSchema) }),
  },
  'devices.config': {
    input: z.strictObject({}),
    output: z.strictObject({ devices: z.array(deviceConfigSchema) }),
  },
  'scale.read': {
    input: z.strictObject({ deviceId: z.string().optional() }),
    output: z.strictObject({ deviceId: z.string().nullable(), weight: weightReadingSchema.nullable() }),
  },
} as const

export const deviceEvents = {
  /** A device's status, last raw bytes or weight changed. */
  'device.status': deviceInfoSchema,
  /** A scanner read a code (before the scan loop decides on it). */
  'device.scan': deviceScanSchema,
  /** A scanner refused a read (wrong symbology), with the reason in words; nothing reached the scan loop. */
  'device.refused': deviceRefusedSchema,
} as const
