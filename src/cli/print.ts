// `station print FILE.zpl`: a ZPL file straight to a Zebra printer (--printer URI), with the printer's
// condition checked before and its buffer watched after, and an exit status per outcome; or into the
// station's durable print queue (--data), where the serving station sends it.
import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { createPrinterConnector, serialBinding } from '../devices'
import { actingSession, checkIdentity, printJson, withStation, type CommandContext } from './context'
import { conditionWords, lowerFirst, printerUri } from './format-print'
import { EXIT, type CliIo } from './io'
import { withOperatorOptions } from './options'

/** Exit status of `station print`: one per outcome, so a script can tell "retry" from "go and look". */
export const PRINT_EXIT = {
  printed: EXIT.ok,
  failed: EXIT.failed,
  usage: EXIT.usage,
  /** Nothing reached the printer: fix what it says and run it again. */
  notSent: 3,
  /** The label may or may not be on paper: look at the printer before printing it again. */
  uncertain: 4,
} as const

interface PrintOptions {
  printer?: string
  data?: string
  printerId?: string
  operator?: string
  pin?: string
  json?: boolean
}

const EXIT_HELP = `
Exit status: 0 printed (or queued, with --data); 1 the file or the station could not be used;
2 a usage error; 3 not sent (nothing reached the printer: fix what it says and run again);
4 uncertain (the label may or may not have printed: look at the printer before printing it again).`

export function registerPrint(program: Command, { io, setExit }: CommandContext): void {
  withOperatorOptions(
    program
      .command('print')
      .description('send a ZPL file to a printer (--printer URI), or queue it at the station (--data)')
      .argument('<file>', 'a ZPL file with at least one ^XA … ^XZ label format (- for stdin)')
      .option(
        '--printer <uri>',
        'print now on tcp:HOST[:PORT], serial:PATH[@BAUD], usb:/dev/usb/lpN (or sim:NAME)',
        printerUri,
      )
      .addOption(
        new Option('--data <dir>', "queue it in this station's print queue instead").env('STATION_DATA'),
      )
      .option('--printer-id <id>', 'with --data: the station printer to use (default: its default printer)')
      .option('--json', 'one JSON object: the outcome (or the queued job)'),
  )
    .addHelpText('after', EXIT_HELP)
    .action(async (file: string, options: PrintOptions, command: Command) => {
      // STATION_DATA in the environment does not turn a direct print into a queued one.
      const dataGiven = options.data !== undefined && command.getOptionValueSource('data') !== 'env'
      if (options.printer !== undefined && dataGiven)
        command.error('error: --printer prints now and --data queues at the station: give one of them')
      if (options.printer === undefined && options.data === undefined)
        command.error('error: say where to print: --printer URI, or --data DIR to queue it at the station')
      if (options.printer !== undefined && options.printerId !== undefined)
        command.error('error: --printer-id names a station printer and goes with --data, not --printer')
      checkIdentity(command, options.operator, options.pin)
      const read = await readZpl(file, io)
      if ('failure' in read) {
        io.err(`station print: ${read.failure}`)
        setExit(PRINT_EXIT.failed)
        return
      }
      setExit(
        options.printer !== undefined
          ? await printNow(options.printer, read, options, io)
          : await queue(options.data!, read, options, io),
      )
    })
}

interface ZplFile {
  name: string
  path: string | null
  zpl: string
}

async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

async function readZpl(file: string, io: CliIo): Promise<ZplFile | { failure: string }> {
  let zpl: string
  const path = file === '-' ? null : resolve(file)
  try {
    if (path === null) {
      if (!io.input) return { failure: 'nothing can be read from stdin here' }
      zpl = await readAll(io.input)
    } else zpl = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'there is no such file' : (error as Error).message
    return { failure: `cannot read ${file}: ${why}.` }
  }
  const name = path === null ? 'stdin' : basename(path)
  if (!/\^XA[\s\S]*\^XZ/.test(zpl))
    return { failure: `${path ?? 'stdin'} is not a ZPL label: it has no ^XA … ^XZ format.` }
  return { name, path, zpl }
}

async function printNow(uri: string, file: ZplFile, options: PrintOptions, io: CliIo): Promise<number> {
  let printer
  try {
    printer = createPrinterConnector({ serial: serialBinding })({
      id: 'cli',
      name: uri,
      uri,
      dpi: 203,
      isDefault: false,
    })
  } catch (error) {
    io.err(`station print: ${(error as Error).message}`)
    return PRINT_EXIT.failed
  }
  const result = await printer.print(file.zpl)
  if (options.json) printJson(io, { printer: uri, file: file.path, ...result })
  switch (result.outcome) {
    case 'printed':
      if (!options.json) io.out(`Printed on ${uri}`)
      return PRINT_EXIT.printed
    case 'not-sent':
      if (!options.json) io.err(`station print: Not sent: ${lowerFirst(conditionWords(result.condition))}.`)
      return PRINT_EXIT.notSent
    case 'uncertain':
      if (!options.json) io.err(`station print: Uncertain: ${lowerFirst(result.reason)}`)
      return PRINT_EXIT.uncertain
  }
}

function queue(data: string, file: ZplFile, options: PrintOptions, io: CliIo): Promise<number> {
  return withStation('print', { data, json: options.json }, io, async (station) => {
    const job = station.queueZpl(
      actingSession(station, { data, operator: options.operator, pin: options.pin }),
      {
        name: file.name,
        zpl: file.zpl,
        ...(options.printerId === undefined ? {} : { printer: options.printerId }),
      },
    )
    if (options.json) {
      printJson(io, { job })
      return EXIT.ok
    }
    const fallback = station.printers().find((p) => p.isDefault)
    const where =
      options.printerId !== undefined
        ? `printer ${options.printerId}`
        : fallback
          ? `the default printer, ${fallback.id}`
          : 'the default printer (none is set up yet: it waits for one)'
    io.out(`Queued ${file.name} as print job ${job.id} for ${where}; the serving station sends it.`)
    return EXIT.ok
  })
}
