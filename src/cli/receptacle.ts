// `station receptacle open|close|reopen|list|show`: the bags and trays of a bagging station.
import { Option, type Command } from 'commander'
import { actingSession, checkIdentity, printJson, withStation, type CommandContext } from './context'
import { closedReceptacleJson, dispatchLine, receptacleJson, receptacleLine } from './format-bagging'
import { EXIT } from './io'
import {
  positiveNumber,
  positiveWholeNumber,
  upperCase,
  withCommonOptions,
  withOperatorOptions,
  type ActingOptions,
  type CommonOptions,
} from './options'

interface OpenOptions extends ActingOptions {
  to: string
  category: string
  subclass: string
  weightLimit?: number
}

interface CloseOptions extends ActingOptions {
  receptacle?: number
  weight: number
  last?: boolean
}

interface ReopenOptions extends ActingOptions {
  reason: string
}

interface ListOptions extends CommonOptions {
  state: 'open' | 'closed' | 'all'
}

export function registerReceptacle(program: Command, { io, setExit }: CommandContext): void {
  const receptacle = program.command('receptacle').description('open, close and look at receptacles')

  withOperatorOptions(withCommonOptions(receptacle.command('open')))
    .description('open a receptacle for a destination; it joins the open dispatch of its series')
    .requiredOption('--to <impc>', 'destination office of exchange (IMPC)', upperCase)
    .requiredOption(
      '--category <letter>',
      'mail category (A priority, B non-priority, C surface, D S.A.L.)',
      upperCase,
    )
    .requiredOption(
      '--subclass <code>',
      'mail subclass, e.g. UN (letters), CN (parcels), EM (EMS)',
      upperCase,
    )
    .option('--weight-limit <kg>', 'refuse items that would take it over this weight', positiveNumber)
    .action(async (options: OpenOptions, command: Command) => {
      checkIdentity(command, options.operator, options.pin)
      setExit(
        await withStation('receptacle open', options, io, async (station) => {
          const opened = station.openReceptacle(actingSession(station, options), {
            destination: options.to,
            category: options.category,
            subclass: options.subclass,
            weightLimitKg: options.weightLimit,
          })
          if (options.json)
            printJson(io, { receptacle: receptacleJson(opened.receptacle), dispatch: opened.dispatch })
          else io.out(`Opened ${receptacleLine(opened.receptacle)}`)
          return EXIT.ok
        }),
      )
    })

  withOperatorOptions(withCommonOptions(receptacle.command('close')))
    .description('close a receptacle with its weight; it gets its 29-character S9 id')
    .option(
      '--receptacle <handle>',
      'which receptacle (default: the most recently opened one still open)',
      positiveWholeNumber,
    )
    .requiredOption('--weight <kg>', 'gross weight from the scale', positiveNumber)
    .option('--last', 'the last receptacle of its dispatch: closes the dispatch too')
    .action(async (options: CloseOptions, command: Command) => {
      checkIdentity(command, options.operator, options.pin)
      setExit(
        await withStation('receptacle close', options, io, async (station) => {
          const closed = station.closeReceptacle(actingSession(station, options), {
            receptacle: options.receptacle,
            weightKg: options.weight,
            last: options.last === true,
          })
          if (options.json) printJson(io, closedReceptacleJson(closed.receptacle, closed.dispatch))
          else {
            io.out(`Closed ${receptacleLine(closed.receptacle)}`)
            io.out(dispatchLine(closed.dispatch))
          }
          return EXIT.ok
        }),
      )
    })

  withOperatorOptions(withCommonOptions(receptacle.command('reopen')))
    .description(
      'reopen a closed receptacle of a dispatch not yet closed (supervisor), to take out an item customs returned or seized; its label becomes void',
    )
    .argument('<handle>', 'the receptacle handle (the # number)', positiveWholeNumber)
    .requiredOption('--reason <text>', 'why, in words: it goes in the event log beside the voided label')
    .action(async (handle: number, options: ReopenOptions, command: Command) => {
      checkIdentity(command, options.operator, options.pin)
      setExit(
        await withStation('receptacle reopen', options, io, async (station) => {
          const reopened = station.reopenReceptacle(actingSession(station, options), handle, options.reason)
          if (options.json) {
            printJson(io, {
              receptacle: receptacleJson(reopened.receptacle),
              dispatch: reopened.dispatch,
              event: reopened.event,
              labels: reopened.labels,
            })
            return EXIT.ok
          }
          io.out(`Reopened ${receptacleLine(reopened.receptacle)}`)
          for (const job of reopened.labels) io.out(`    label job ${job.id}: ${job.reason ?? job.state}`)
          io.out(
            `    Take the item out (station undo --seq N), then close it again: it is weighed and gets a new S9 and label.`,
          )
          return EXIT.ok
        }),
      )
    })

  withCommonOptions(receptacle.command('list'))
    .description('list receptacles')
    .addOption(new Option('--state <state>', 'which ones').choices(['open', 'closed', 'all']).default('open'))
    .action(async (options: ListOptions) => {
      setExit(
        await withStation('receptacle list', options, io, async (station) => {
          for (const r of station.listReceptacles(options.state)) {
            if (options.json) printJson(io, receptacleJson(r))
            else io.out(receptacleLine(r))
          }
          return EXIT.ok
        }),
      )
    })

  withCommonOptions(receptacle.command('show'))
    .description('one receptacle and the items in it')
    .argument('<handle>', 'the receptacle handle (the # number)', positiveWholeNumber)
    .action(async (handle: number, options: CommonOptions) => {
      setExit(
        await withStation('receptacle show', options, io, async (station) => {
          const shown = station.getReceptacle(handle)
          if (options.json) {
            printJson(io, { receptacle: receptacleJson(shown.receptacle), items: shown.items })
            return EXIT.ok
          }
          io.out(receptacleLine(shown.receptacle))
          for (const item of shown.items) io.out(`    ${item.itemId}  scanned ${item.at} (event ${item.seq})`)
          return EXIT.ok
        }),
      )
    })
}
