// `station dispatch close|list` and `station receptacles unconfirmed`: the office of exchange closing a
// dispatch (its totals, its PREDES and its CN 31 / CN 37-38-41 documents) and watching for receptacles
// no partner has confirmed.
import { Option, type Command } from 'commander'
import { printJson, withStation, type CommandContext } from './context'
import {
  bySession,
  category,
  checkBy,
  impc,
  nonNegativeNumber,
  s8,
  subclass,
  withByOptions,
  type ByOptions,
} from './exchange-options'
import { dispatchCloseJson, dispatchCloseLines, dispatchLine, unconfirmedLine } from './format-exchange'
import { EXIT } from './io'
import { withCommonOptions, type CommonOptions } from './options'

interface CloseOptions extends ByOptions {
  dispatch?: string
  to?: string
  category?: string
  subclass?: string
}

interface ListOptions extends CommonOptions {
  state: 'open' | 'closed' | 'all'
}

interface UnconfirmedOptions extends CommonOptions {
  hours: number
}

export function registerDispatch(program: Command, { io, setExit }: CommandContext): void {
  const dispatch = program.command('dispatch').description('close and look at dispatches (S8)')

  withByOptions(withCommonOptions(dispatch.command('close')))
    .description(
      'close a dispatch: its totals, its PREDES (to the destination) and its letter and delivery bills (PDF)',
    )
    .option('--dispatch <s8>', 'the dispatch, by its 20-character S8 id', s8)
    .option('--to <impc>', 'or the open dispatch to this office of exchange…', impc)
    .option('--category <letter>', '…of this mail category (A, B, C, D)…', category)
    .option('--subclass <code>', '…and subclass (UN, CN, EM…)', subclass)
    .addHelpText(
      'after',
      '\nEvery receptacle of the dispatch must be closed first. The files are written to\n' +
        "DATA/documents/S8/ and the PREDES also to the destination partner's outbox.",
    )
    .action(async (options: CloseOptions, command: Command) => {
      checkBy(command, options)
      const series = [options.to, options.category, options.subclass]
      if (options.dispatch !== undefined && series.some((v) => v !== undefined))
        command.error(
          'error: name the dispatch by --dispatch S8, or by --to, --category and --subclass: not both',
        )
      if (options.dispatch === undefined && series.some((v) => v === undefined))
        command.error(
          'error: say which dispatch: --dispatch S8, or --to IMPC --category LETTER --subclass CODE (all three)',
        )
      const target =
        options.dispatch !== undefined
          ? { dispatch: options.dispatch }
          : { destination: options.to!, category: options.category!, subclass: options.subclass! }
      setExit(
        await withStation('dispatch close', options, io, async (station) => {
          const result = await station.closeDispatch(bySession(station, options), target)
          if (options.json) printJson(io, dispatchCloseJson(result))
          else for (const line of dispatchCloseLines(result)) io.out(line)
          return EXIT.ok
        }),
      )
    })

  withCommonOptions(dispatch.command('list'))
    .description('list dispatches, newest first, with their totals')
    .addOption(new Option('--state <state>', 'which ones').choices(['open', 'closed', 'all']).default('all'))
    .action(async (options: ListOptions) => {
      setExit(
        await withStation('dispatch list', options, io, async (station) => {
          const dispatches = station.listDispatches(options.state)
          if (dispatches.length === 0 && !options.json)
            io.out(options.state === 'all' ? 'No dispatches yet.' : `No ${options.state} dispatches.`)
          for (const d of dispatches) {
            if (options.json) printJson(io, d)
            else io.out(dispatchLine(d))
          }
          return EXIT.ok
        }),
      )
    })

  const receptacles = program
    .command('receptacles')
    .description('receptacles across dispatches (see also: station receptacle)')
  withCommonOptions(receptacles.command('unconfirmed'))
    .description(
      'receptacles advised to a partner (PREDES, CARDIT) that no RESDES, RESCON or RESDIT confirmed',
    )
    .addOption(
      new Option('--hours <n>', 'advised at least this many hours ago')
        .argParser(nonNegativeNumber)
        .default(24),
    )
    .action(async (options: UnconfirmedOptions) => {
      setExit(
        await withStation('receptacles unconfirmed', options, io, async (station) => {
          const waiting = station.unconfirmedReceptacles(options.hours)
          if (waiting.length === 0 && !options.json)
            io.out(
              `No receptacle advised more than ${options.hours} hours ago is waiting for a confirmation.`,
            )
          for (const r of waiting) {
            if (options.json) printJson(io, r)
            else io.out(unconfirmedLine(r))
          }
          return EXIT.ok
        }),
      )
    })
}
