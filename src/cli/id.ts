import { createInProcessTransport, createStationClient, MAX_CODE_LENGTH, MAX_CODES_PER_REQUEST } from '../api'
import { createIdleDeviceHandlers } from '../devices'
import { createStationHandlers } from '../station/handlers'
import { formatIdentification, identificationJson } from './format-id'
import { EXIT, type CliIo } from './io'
import { packageVersion } from './paths'

export async function runId(codes: string[], options: { json: boolean }, io: CliIo): Promise<number> {
  const client = createStationClient(
    createInProcessTransport({
      ...createStationHandlers({ engine: 'cli', version: packageVersion(), dataDir: null }),
      ...createIdleDeviceHandlers(),
    }),
  )
  let allValid = true
  // The contract bounds a request; long argument lists go through in slices of that size.
  for (let start = 0; start < codes.length; start += MAX_CODES_PER_REQUEST) {
    const slice = codes
      .slice(start, start + MAX_CODES_PER_REQUEST)
      .map((code) => code.slice(0, MAX_CODE_LENGTH + 1))
    const tooLong = slice.findIndex((code) => code.length > MAX_CODE_LENGTH)
    if (tooLong >= 0) {
      io.err(
        `station id: code ${start + tooLong + 1} is longer than ${MAX_CODE_LENGTH} characters; that is not an identifier.`,
      )
      return EXIT.usage
    }
    const { results } = await client.invoke('ids.identify', { codes: slice })
    for (const result of results) {
      allValid &&= result.valid
      if (options.json) io.out(identificationJson(result))
      else for (const line of formatIdentification(result)) io.out(line)
    }
  }
  return allValid ? EXIT.ok : EXIT.failed
}
