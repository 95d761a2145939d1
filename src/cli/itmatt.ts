// `station import itmatt FILE`: electronic advance data (ITMATT XML, or CSV with one row per content
// line), streamed into the station in short chunks while it keeps scanning, published whole at the end.
// A file with any error writes nothing; the error is told as FILE:LINE:COLUMN (or FILE:byte N) like a
// compiler's. The report (items, new and updated, EAD statuses, findings) goes to stdout.
import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import type { AdvanceProgress, AdvanceReport } from '../api/advance'
import { StationError } from '../station'
import { actingSession, checkIdentity, printJson, withStation, type CommandContext } from './context'
import { EXIT, type CliIo } from './io'
import { withCommonOptions, withOperatorOptions, type ActingOptions } from './options'

interface ItmattOptions extends ActingOptions {
  format?: 'xml' | 'csv'
  progress?: boolean
}

/** Findings printed after the summary; --json has the report's whole list. */
const SHOWN = 20

function printReport(io: CliIo, r: AdvanceReport): void {
  const s = r.statuses
  io.out(
    `Imported ${r.items} item${r.items === 1 ? '' : 's'} from ${r.file} (ITMATT import ${r.batch}): ` +
      `${r.newItems} new, ${r.updatedItems} updated; EAD complete ${s.complete}, incomplete ${s.incomplete}, ` +
      `in error ${s.error}.`,
  )
  if (r.findings.total === 0) return
  io.out(`${r.findings.total} finding${r.findings.total === 1 ? '' : 's'} (${r.findings.blocking} blocking):`)
  for (const f of r.findings.listed.slice(0, SHOWN)) {
    io.out(`  ${f.itemId} ${f.field}: ${f.message}${f.severity === 'block' ? '' : ' (warning)'}`)
  }
  const rest = r.findings.total - Math.min(SHOWN, r.findings.listed.length)
  if (rest > 0) io.out(`  … and ${rest} more (station advance item ID shows an item's findings).`)
}

function progressLine(p: AdvanceProgress): string {
  const share = p.totalBytes ? ` (${Math.floor((100 * p.bytes) / p.totalBytes)} %)` : ''
  return `itmatt: ${p.file}: ${p.items} items${share}, ${p.state}`
}

export function registerItmatt(program: Command, { io, signal, setExit }: CommandContext): void {
  const imports = program.commands.find((c) => c.name() === 'import') ?? program.command('import')
  withOperatorOptions(withCommonOptions(imports.command('itmatt')))
    .description('import electronic advance data (ITMATT XML, or CSV); all or nothing, scanning goes on')
    .argument('<file>', 'the ITMATT file (.xml or .csv)')
    .addOption(new Option('--format <format>', 'when the extension does not say').choices(['xml', 'csv']))
    .option('--progress', 'report progress on stderr while importing')
    .action(async (file: string, options: ItmattOptions, command: Command) => {
      checkIdentity(command, options.operator, options.pin)
      setExit(
        await withStation('import itmatt', options, io, async (station) => {
          let last = 0
          const off = options.progress
            ? station.on((name, payload) => {
                if (name !== 'advance.progress') return
                const p = payload as AdvanceProgress
                if (p.state === 'importing' && Date.now() - last < 1000) return
                last = Date.now()
                io.err(progressLine(p))
              })
            : () => {}
          try {
            const report = await station.importItmatt(
              actingSession(station, options),
              { name: file, path: resolve(file), format: options.format },
              { signal },
            )
            if (options.json) printJson(io, report)
            else printReport(io, report)
            return EXIT.ok
          } catch (error) {
            if (!(error instanceof StationError) || error.code !== 'invalid') throw error
            io.err(error.message)
            io.err('Nothing was imported.')
            return EXIT.failed
          } finally {
            off()
          }
        }),
      )
    })

  const advance = program
    .command('advance')
    .description('electronic advance data (ITMATT) held by the station')
  withCommonOptions(advance.command('item'))
    .description("an item's advance data, EAD status and data-quality findings")
    .argument('<item>', 'the S10 item identifier')
    .action(async (itemId: string, options: ActingOptions) => {
      setExit(
        await withStation('advance item', options, io, async (station) => {
          const item = station.advanceItem(itemId)
          if (options.json) {
            printJson(io, { item })
            return EXIT.ok
          }
          if (!item) {
            io.out(`${itemId}: no advance data.`)
            return EXIT.ok
          }
          io.out(
            `${item.itemId}: EAD ${item.status}${item.reason ? ` (${item.reason})` : ''}; from ${item.file}, import ${item.batch}.`,
          )
          for (const f of item.findings)
            io.out(`  ${f.field}: ${f.message}${f.severity === 'block' ? '' : ' (warning)'}`)
          return EXIT.ok
        }),
      )
    })
  withCommonOptions(advance.command('report'))
    .description('the stored report of an ITMATT import')
    .argument('<batch>', 'the import number')
    .action(async (batch: string, options: ActingOptions, command: Command) => {
      const n = Number(batch)
      if (!Number.isInteger(n) || n <= 0) command.error('error: the import number is a whole number above 0')
      setExit(
        await withStation('advance report', options, io, async (station) => {
          const report = station.advanceReport(n)
          if (options.json) printJson(io, report)
          else printReport(io, report)
          return EXIT.ok
        }),
      )
    })
}
