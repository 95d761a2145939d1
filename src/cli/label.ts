// `station label receptacle S9`: the receptacle label the station would print for an S9, written as ZPL
// and/or the PNG the preview renderer draws — to check a label, print one by hand, or feed another system.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { InvalidArgumentError, Option, type Command } from 'commander'
import { identify, parseReceptacleId, type ReceptacleFields } from '../core/ids'
import type { Dpi } from '../core/labels'
import { openStation } from '../station'
import { closePreviewRenderer, renderPreview } from '../station/labels'
import { LabelMaker } from '../station/print/labels'
import { printJson, reportFailure, type CommandContext } from './context'
import { EXIT, type CliIo } from './io'

interface LabelOptions {
  png?: string
  zpl?: string
  dpi?: Dpi
  data?: string
  json?: boolean
}

function dpi(value: string): Dpi {
  if (value !== '203' && value !== '300') throw new InvalidArgumentError('a resolution is 203 or 300 (dpi)')
  return Number(value) as Dpi
}

/** The S9's fields, or why it is not one, in the identifier checks' own words. */
export function readS9(code: string): { id: string; fields: ReceptacleFields } | { reason: string } {
  const found = identify(code)
  if (found.kind === 'receptacle' && found.valid)
    return { id: found.normalized, fields: found.fields as ReceptacleFields }
  const what = JSON.stringify(code)
  if (found.kind !== 'receptacle' && found.kind !== 'unknown' && found.valid)
    return { reason: `${what} is ${KIND_WORDS[found.kind]}, not an S9 receptacle identifier.` }
  // Read as the S9 it was meant to be: "has 29 characters, but this one has 12" says more than "unknown".
  const errors = found.kind === 'receptacle' ? found.errors : parseReceptacleId(found.normalized).errors
  const reasons = errors.map((e) => e.message).join(' ')
  return { reason: `${what} is not a valid S9 receptacle identifier. ${reasons}`.trim() }
}

const KIND_WORDS = {
  item: 'an S10 item identifier',
  dispatch: 'an S8 dispatch identifier',
  office: 'an IMPC office code',
} as const

/** This office's name and the default printer's resolution, from the station in --data. */
function stationFacts(data: string): { impc: string; name: string | null; dpi: Dpi | null } {
  const station = openStation({ dataDir: resolve(data), backgroundCheckpoints: false })
  try {
    const office = station.office()
    const printer = station.printers().find((p) => p.isDefault)
    return { impc: office.impc, name: office.name, dpi: printer?.dpi ?? null }
  } finally {
    station.close()
  }
}

export function registerLabel(program: Command, { io, setExit }: CommandContext): void {
  const label = program.command('label').description('build labels without printing them')
  label
    .command('receptacle')
    .description(
      'the S9 receptacle label as ZPL and/or PNG (weight from the S9, office names from the code lists)',
    )
    .argument('<s9>', 'the 29-character S9 receptacle identifier')
    .option('--zpl <file>', 'write the ZPL here (- for stdout)')
    .option('--png <file>', 'write the label as the printer draws it, as a PNG')
    .addOption(
      new Option('--dpi <dpi>', "printer resolution: 203 or 300 (default: the default printer's, else 203)")
        .choices(['203', '300'])
        .argParser(dpi),
    )
    .addOption(
      new Option(
        '--data <dir>',
        "the station data folder: this office's own name, the default printer's dpi",
      ).env('STATION_DATA'),
    )
    .option('--json', 'one JSON object: { receptacleId, dpi, widthMm, heightMm, zpl, png, warning }')
    .action(async (s9: string, options: LabelOptions, command: Command) => {
      if (options.zpl === undefined && options.png === undefined)
        command.error('error: say where the label goes: --zpl FILE (- for stdout) and/or --png FILE')
      if (options.png === '-')
        command.error('error: --png needs a file name (a PNG is not written to stdout)')
      if (options.zpl === '-' && options.json)
        command.error('error: --zpl - and --json both write to stdout: give --zpl a file name')
      try {
        setExit(await runLabel(s9, options, io))
      } finally {
        // The renderer's worker thread must not outlive the command.
        await closePreviewRenderer()
      }
    })
}

async function runLabel(s9: string, options: LabelOptions, io: CliIo): Promise<number> {
  const name = 'label receptacle'
  const read = readS9(s9)
  if ('reason' in read) {
    io.err(`station ${name}: ${read.reason}`)
    return EXIT.usage
  }
  let facts: { impc: string; name: string | null; dpi: Dpi | null } | null = null
  if (options.data !== undefined) {
    try {
      facts = stationFacts(options.data)
    } catch (error) {
      return reportFailure(name, error, io)
    }
  }
  const resolution: Dpi = options.dpi ?? facts?.dpi ?? 203
  const origin = facts && read.fields.origin === facts.impc && facts.name ? facts.name : null
  let built
  try {
    built = new LabelMaker().receptacle(
      { receptacleId: read.id, weightKg: read.fields.weightKg, originName: origin },
      resolution,
    )
  } catch (error) {
    io.err(`station ${name}: ${(error as Error).message}`)
    return EXIT.failed
  }
  const { zpl, widthMm, heightMm, dpmm, warning } = built
  if (warning !== null) io.err(`station ${name}: printer fonts used for some text: ${warning}`)
  const written: { zpl: string | null; png: string | null } = { zpl: null, png: null }
  try {
    if (options.png !== undefined) {
      const png = await renderPreview(zpl, { widthMm, heightMm, dpmm: dpmm === 12 ? 12 : 8 })
      written.png = resolve(options.png)
      writeFileSync(written.png, png)
    }
    if (options.zpl === '-') io.out(zpl.replace(/\n$/, ''))
    else if (options.zpl !== undefined) {
      written.zpl = resolve(options.zpl)
      writeFileSync(written.zpl, zpl)
    }
  } catch (error) {
    io.err(`station ${name}: ${(error as Error).message}`)
    return EXIT.failed
  }
  if (options.json) {
    printJson(io, { receptacleId: read.id, dpi: resolution, widthMm, heightMm, ...written, warning })
  } else if (options.zpl !== '-') {
    const where = [written.zpl && `ZPL in ${written.zpl}`, written.png && `PNG in ${written.png}`]
    io.out(
      `Label for ${read.id} (${widthMm} × ${heightMm} mm, ${resolution} dpi): ${where.filter(Boolean).join(', ')}.`,
    )
  }
  return EXIT.ok
}
