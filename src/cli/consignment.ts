// `station consignment close|list`: the receptacles of closed dispatches handed to a carrier for one
// transport, advised to the carrier (CARDIT) and to the destination post (PRECON).
import { Option, type Command } from 'commander'
import { printJson, withStation, type CommandContext } from './context'
import {
  bySession,
  carrier,
  checkBy,
  collectS8,
  flight,
  isoTime,
  place,
  withByOptions,
  type ByOptions,
} from './exchange-options'
import { consignmentCloseJson, consignmentLine, documentLines, legWords } from './format-exchange'
import { EXIT } from './io'
import { positiveWholeNumber, withCommonOptions, type CommonOptions } from './options'

interface CloseOptions extends ByOptions {
  dispatch: string[]
  carrier: string
  flight: string
  from: string
  to: string
  departure: string
  arrival?: string
  mode: '1' | '2' | '3' | '4'
}

interface ListOptions extends CommonOptions {
  limit: number
}

export function registerConsignment(program: Command, { io, setExit }: CommandContext): void {
  const consignment = program
    .command('consignment')
    .description('hand closed dispatches to a carrier (CARDIT, PRECON)')

  withByOptions(withCommonOptions(consignment.command('close')))
    .description(
      'consign the receptacles of closed dispatches (those not consigned yet) to a carrier for one transport',
    )
    .option(
      '--dispatch <s8>',
      'a closed dispatch (repeat for several, same destination and category)',
      collectS8,
    )
    .requiredOption(
      '--carrier <code>',
      'the carrier (IATA airline code, or road/rail operator code)',
      carrier,
    )
    .requiredOption('--flight <number>', 'the flight or trip number, e.g. AF0012', flight)
    .requiredOption('--from <place>', 'departure airport (IATA) or office (IMPC)', place)
    .requiredOption('--to <place>', 'arrival airport (IATA) or office (IMPC)', place)
    .requiredOption(
      '--departure <time>',
      'when it leaves, with its UTC offset: 2026-03-14T22:10:00+01:00',
      isoTime,
    )
    .option('--arrival <time>', 'when it arrives, with its UTC offset', isoTime)
    .addOption(
      new Option('--mode <n>', 'mode of transport: 1 sea, 2 rail, 3 road, 4 air')
        .choices(['1', '2', '3', '4'])
        .default('4'),
    )
    .action(async (options: CloseOptions, command: Command) => {
      checkBy(command, options)
      if (options.dispatch === undefined || options.dispatch.length === 0)
        command.error('error: say which dispatches travel: --dispatch S8 (repeat it for several)')
      setExit(
        await withStation('consignment close', options, io, async (station) => {
          const result = station.closeConsignment(bySession(station, options), {
            dispatches: options.dispatch,
            carrier: options.carrier,
            transport: [
              {
                carrier: options.carrier,
                number: options.flight,
                from: options.from,
                to: options.to,
                departure: options.departure,
                arrival: options.arrival ?? null,
                mode: options.mode,
              },
            ],
          })
          if (options.json) {
            printJson(io, consignmentCloseJson(result))
            return EXIT.ok
          }
          const c = result.consignment
          io.out(
            `Consignment ${c.id} to ${c.destination} (category ${c.category}) by ${c.carrier} ` +
              `${c.transport.map(legWords).join('; ')}: ${c.receptacles} receptacle${c.receptacles === 1 ? '' : 's'}, ` +
              `${c.weightKg.toFixed(1)} kg.`,
          )
          for (const line of documentLines(result.documents)) io.out(line)
          return EXIT.ok
        }),
      )
    })

  withCommonOptions(consignment.command('list'))
    .description('list consignments, newest first, with the latest carrier event (RESDIT)')
    .addOption(
      new Option('--limit <n>', 'at most this many (up to 1000)').argParser(positiveWholeNumber).default(100),
    )
    .action(async (options: ListOptions) => {
      setExit(
        await withStation('consignment list', options, io, async (station) => {
          const consignments = station.consignments(Math.min(options.limit, 1000))
          if (consignments.length === 0 && !options.json) io.out('No consignments yet.')
          for (const c of consignments) {
            if (options.json) printJson(io, c)
            else io.out(consignmentLine(c))
          }
          return EXIT.ok
        }),
      )
    })
}
