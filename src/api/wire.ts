// Frames exchanged over a socket or IPC. Every frame from the other side is parsed here before use.
import { z } from 'zod'

export const requestFrameSchema = z.strictObject({
  type: z.literal('request'),
  id: z.number().int().nonnegative(),
  command: z.string().max(100),
  input: z.unknown(),
})

const failureSchema = z.strictObject({
  code: z.enum([
    'unknown_command',
    'bad_request',
    'bad_response',
    'unauthorized',
    'forbidden',
    'unavailable',
    'internal',
  ]),
  message: z.string(),
})

export const responseFrameSchema = z.union([
  z.strictObject({
    type: z.literal('response'),
    id: z.number().int(),
    ok: z.literal(true),
    output: z.unknown(),
  }),
  z.strictObject({
    type: z.literal('response'),
    id: z.number().int(),
    ok: z.literal(false),
    error: failureSchema,
  }),
])

export const eventFrameSchema = z.strictObject({
  type: z.literal('event'),
  name: z.string(),
  payload: z.unknown(),
})

export const serverFrameSchema = z.union([responseFrameSchema, eventFrameSchema])

export type RequestFrame = z.output<typeof requestFrameSchema>
export type ResponseFrame = z.output<typeof responseFrameSchema>
export type EventFrame = z.output<typeof eventFrameSchema>
export type ServerFrame = z.output<typeof serverFrameSchema>

/** The IPC channel names, one per command, so main can register a handler per contract command. */
export const ipcChannel = (command: string): string => `station:${command}`
export const IPC_EVENT_CHANNEL = 'station:event'
export const IPC_READY_CHANNEL = 'station:renderer-ready'
