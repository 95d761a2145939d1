// `station scan`: scans codes into the open receptacle (or the one named), one outcome line per code,
// each printed only once its scan is committed. Exit 0 when every scan was accepted.
import type { Command } from 'commander'
import { actingSession, checkIdentity, printJson, withStation, type CommandContext } from './context'
import { scanJson, scanLine } from './format-bagging'
import { EXIT } from './io'
import { positiveWholeNumber, withCommonOptions, withOperatorOptions, type ActingOptions } from './options'
import { linesOf, listedCodes } from './scan-source'
import { scanInOrder } from './scan-loop'

interface ScanOptions extends ActingOptions {
  receptacle?: number
  device?: string
}

export function registerScan(program: Command, { io, signal, setExit }: CommandContext): void {
  withOperatorOptions(withCommonOptions(program.command('scan')))
    .description('scan items into a receptacle; one outcome per code, printed once committed')
    .option(
      '--receptacle <handle>',
      'the receptacle to scan into (default: the most recently opened one still open)',
      positiveWholeNumber,
    )
    .option('--device <name>', 'the scanner, recorded in each event')
    .argument('[codes...]', 'codes to scan; none, or -, reads one code per line from stdin')
    .action(async (codes: string[], options: ScanOptions, command: Command) => {
      checkIdentity(command, options.operator, options.pin)
      const fromInput = codes.length === 0 || (codes.length === 1 && codes[0] === '-')
      if (fromInput && !io.input) command.error('error: there is no input to read codes from')
      setExit(
        await withStation('scan', options, io, async (station) => {
          const source = fromInput ? linesOf(io.input!, signal) : listedCodes(codes)
          const tally = await scanInOrder(
            station,
            actingSession(station, options),
            source,
            { receptacle: options.receptacle, device: options.device },
            (result) => (options.json ? printJson(io, scanJson(result)) : io.out(scanLine(result))),
          )
          if (!options.json)
            io.out(
              `${tally.scanned} scanned: ${tally.accepted} accepted, ${tally.scanned - tally.accepted} not.`,
            )
          return tally.accepted === tally.scanned ? EXIT.ok : EXIT.failed
        }),
      )
    })
}
