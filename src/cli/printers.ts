// `station printers` (the station's printers, each asked for its condition now) and `station printer
// add|remove`. The check talks to each printer directly: attaching the station's print runner here
// would also send labels waiting in the queue, which is the serving station's job.
import type { Command } from 'commander'
import type { Printer, PrinterConfig } from '../api/printing'
import { createPrinterConnector, serialBinding } from '../devices'
import type { Station } from '../station'
import { checkIdentity, printJson, withStation, type CommandContext } from './context'
import { conditionWords, printerLine, printerUri } from './format-print'
import { EXIT } from './io'
import { withCommonOptions, type CommonOptions } from './options'

interface ByOptions extends CommonOptions {
  by?: string
  byPin?: string
}

interface AddOptions extends ByOptions {
  id: string
  name: string
  uri: string
  dpi: '203' | '300'
  default?: boolean
}

function by(station: Station, options: ByOptions) {
  return options.by === undefined || options.byPin === undefined
    ? station.defaultSession()
    : station.signIn(options.by, options.byPin)
}

function withByOptions(command: Command): Command {
  return command
    .option('--by <id>', 'the operator making the change (default: the station operator made by init)')
    .option('--by-pin <pin>', "that operator's PIN")
}

/** Asks every printer for its condition, all at once; an unreachable one is `offline` in words. */
export async function checkPrinters(printers: PrinterConfig[]): Promise<Printer[]> {
  const connect = createPrinterConnector({ serial: serialBinding })
  return Promise.all(
    printers.map(async (p): Promise<Printer> => {
      let condition: Printer['condition']
      try {
        condition = (await connect(p).status()).condition
      } catch (error) {
        condition = { state: 'offline', reason: (error as Error).message }
      }
      return { ...p, condition, checkedAt: new Date().toISOString() }
    }),
  )
}

function config(p: Printer): PrinterConfig {
  return { id: p.id, name: p.name, uri: p.uri, dpi: p.dpi, isDefault: p.isDefault }
}

export function registerPrinters(program: Command, { io, setExit }: CommandContext): void {
  withCommonOptions(program.command('printers'))
    .description("the station's label printers, each asked for its condition now")
    .action(async (options: CommonOptions) => {
      setExit(
        await withStation('printers', options, io, async (station) => {
          const configured = station.printers().map(config)
          if (configured.length === 0 && !options.json)
            io.out('No printers are set up at this station (add one with station printer add).')
          for (const p of await checkPrinters(configured)) {
            if (options.json) printJson(io, { ...p, words: conditionWords(p.condition) })
            else io.out(printerLine(p))
          }
          return EXIT.ok
        }),
      )
    })

  const printer = program.command('printer').description("add or remove the station's label printers")
  withByOptions(withCommonOptions(printer.command('add')))
    .description('add a printer, or change the one with this id')
    .requiredOption('--id <id>', 'a short id: letters, digits, dot, dash or underscore')
    .requiredOption('--name <text>', 'what people call it, e.g. "Bench 3"')
    .requiredOption(
      '--uri <uri>',
      'how it is reached: tcp:HOST[:PORT], serial:PATH[@BAUD], usb:/dev/usb/lpN or sim:NAME',
      printerUri,
    )
    .option('--dpi <dpi>', 'its resolution: 203 or 300', '203')
    .option('--default', "make it the station's default: closed receptacles' labels go to it")
    .action(async (options: AddOptions, command: Command) => {
      checkIdentity(command, options.by, options.byPin, ['--by', '--by-pin'])
      if (options.dpi !== '203' && options.dpi !== '300') command.error('error: --dpi is 203 or 300')
      setExit(
        await withStation('printer add', options, io, async (station) => {
          const saved = station.savePrinter(by(station, options), {
            id: options.id,
            name: options.name,
            uri: options.uri,
            dpi: Number(options.dpi) as 203 | 300,
            isDefault: options.default === true,
          })
          if (options.json) printJson(io, { printer: saved })
          else
            io.out(
              `Printer ${saved.id} (${saved.name}) at ${saved.uri}, ${saved.dpi} dpi${saved.isDefault ? ', the default' : ''}.`,
            )
          return EXIT.ok
        }),
      )
    })

  withByOptions(withCommonOptions(printer.command('remove')))
    .description('remove a printer from the station')
    .argument('<id>', 'the printer id')
    .action(async (id: string, options: ByOptions, command: Command) => {
      checkIdentity(command, options.by, options.byPin, ['--by', '--by-pin'])
      setExit(
        await withStation('printer remove', options, io, async (station) => {
          station.removePrinter(by(station, options), id)
          if (options.json) printJson(io, { removed: id })
          else io.out(`Printer ${id} removed.`)
          return EXIT.ok
        }),
      )
    })
}
