// Runtime schemas for what crosses a process boundary (IPC, WebSocket). They mirror the pure types in
// core; `contract.test` proves the two stay in step, so a change to one is caught by the compiler.
import { z } from 'zod'

export const findingSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
})

const dispatchShape = {
  origin: z.string(),
  destination: z.string(),
  category: z.string(),
  subclass: z.string(),
  mailClass: z.string(),
  year: z.number().int(),
  dispatchNumber: z.number().int(),
}

export const itemFieldsSchema = z.strictObject({
  serviceIndicator: z.string(),
  service: z.string().nullable(),
  serial: z.string(),
  checkDigit: z.number().int(),
  country: z.string(),
})
export const dispatchFieldsSchema = z.strictObject(dispatchShape)
export const receptacleFieldsSchema = z.strictObject({
  ...dispatchShape,
  receptacleSerial: z.number().int(),
  highest: z.boolean().nullable(),
  registered: z.boolean().nullable(),
  weightKg: z.number(),
})
export const officeFieldsSchema = z.strictObject({
  country: z.string(),
  location: z.string(),
  name: z.string().nullable(),
})

export const identificationSchema = z.strictObject({
  input: z.string(),
  normalized: z.string(),
  kind: z.enum(['item', 'dispatch', 'receptacle', 'office', 'unknown']),
  valid: z.boolean(),
  errors: z.array(findingSchema),
  warnings: z.array(findingSchema),
  // Strict objects make the union unambiguous: a receptacle never parses as a dispatch.
  fields: z.union([
    receptacleFieldsSchema,
    dispatchFieldsSchema,
    itemFieldsSchema,
    officeFieldsSchema,
    z.strictObject({}),
  ]),
  symbology: z.string().nullable(),
})

export const codeListInfoSchema = z.strictObject({
  list: z.string(),
  version: z.string(),
  source: z.string(),
  entries: z.number().int(),
})
