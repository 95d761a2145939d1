// Options the station commands share, and the parsers that turn a mistyped value into a usage error
// (exit 2) before anything touches the data folder.
import { InvalidArgumentError, Option, type Command } from 'commander'

export interface CommonOptions {
  data: string
  json?: boolean
}

export interface ActingOptions extends CommonOptions {
  operator?: string
  pin?: string
}

/** `--data DIR` (or STATION_DATA) and `--json`, which every command touching a station takes. */
export function withCommonOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--data <dir>', 'the station data folder').env('STATION_DATA').makeOptionMandatory(),
    )
    .option('--json', 'one JSON object per line')
}

/** Who acts; without them the station's default operator (set up by `station init`) does. */
export function withOperatorOptions(command: Command): Command {
  return command
    .option('--operator <id>', 'the operator acting (default: the station operator made by init)')
    .option('--pin <pin>', "the acting operator's PIN")
}

export function positiveNumber(value: string): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError('expected a number above 0')
  return n
}

export function wholeNumber(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new InvalidArgumentError('expected a whole number')
  return n
}

export function positiveWholeNumber(value: string): number {
  const n = wholeNumber(value)
  if (n === 0) throw new InvalidArgumentError('expected a whole number above 0')
  return n
}

/** Upper-cased, as codes are printed on labels, so `--to dzalgd` means DZALGD. */
export function upperCase(value: string): string {
  return value.trim().toUpperCase()
}
