// `station events` (the append-only log) and `station undo` (a supervisor's compensating event: the
// log keeps the scan and adds its correction, it never deletes).
import type { Command } from 'commander'
import { actingSession, checkIdentity, printJson, withStation, type CommandContext } from './context'
import { eventLine } from './format-bagging'
import { EXIT } from './io'
import {
  positiveWholeNumber,
  wholeNumber,
  withCommonOptions,
  withOperatorOptions,
  type ActingOptions,
  type CommonOptions,
} from './options'

interface EventsOptions extends CommonOptions {
  after: number
  limit?: number
}

interface UndoOptions extends ActingOptions {
  seq: number
}

/** Read in pages so a long log never sits in memory at once. */
const PAGE = 1000

export function registerLog(program: Command, { io, setExit }: CommandContext): void {
  withCommonOptions(program.command('events'))
    .description('the event log, oldest first: every scan, undo, open and close')
    .option('--after <seq>', 'only events after this sequence number', wholeNumber, 0)
    .option('--limit <n>', 'at most this many events', positiveWholeNumber)
    .action(async (options: EventsOptions) => {
      setExit(
        await withStation('events', options, io, async (station) => {
          let after = options.after
          let left = options.limit ?? Infinity
          while (left > 0) {
            const page = station.events(after, Math.min(PAGE, left))
            for (const event of page) {
              if (options.json) printJson(io, event)
              else io.out(eventLine(event))
            }
            if (page.length === 0) break
            after = page[page.length - 1]!.seq
            left -= page.length
          }
          return EXIT.ok
        }),
      )
    })

  withOperatorOptions(withCommonOptions(program.command('undo')))
    .description('undo a scan (supervisor): adds a compensating event, never deletes')
    .requiredOption('--seq <n>', 'sequence number of the scan event to undo', positiveWholeNumber)
    .action(async (options: UndoOptions, command: Command) => {
      checkIdentity(command, options.operator, options.pin)
      setExit(
        await withStation('undo', options, io, async (station) => {
          const event = station.undo(actingSession(station, options), options.seq)
          if (options.json) printJson(io, { event })
          else io.out(eventLine(event))
          return EXIT.ok
        }),
      )
    })
}
