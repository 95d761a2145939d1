import { StationError } from '../../src/station'

/** The StationError `run` throws; fails the test when it throws nothing or something else. */
export function refusal(run: () => unknown): StationError {
  try {
    run()
  } catch (error) {
    if (error instanceof StationError) return error
    throw error
  }
  throw new Error('expected a StationError, but nothing was thrown')
}
