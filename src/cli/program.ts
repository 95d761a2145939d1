// The `station` command: argument parsing with commander, each subcommand a function that returns its
// exit code (0 success, 1 a failure the output explains, 2 a usage error).
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { registerBackup } from './backup'
import { registerBench } from './bench'
import { registerConsignment } from './consignment'
import { registerCustoms } from './customs'
import type { CommandContext } from './context'
import { registerDispatch } from './dispatch'
import { registerEdi } from './edi'
import { runId } from './id'
import { EXIT, type CliIo } from './io'
import { registerLog } from './log'
import { registerItmatt } from './itmatt'
import { registerImport } from './manifest'
import { registerPolicy } from './policy'
import { registerReceptacle } from './receptacle'
import { registerScan } from './scan'
import { runServe } from './serve'
import { demoDevices, parseScaleSpec, parseScannerSpec } from './device-options'
import { registerDevices } from './devices'
import { printerUri } from './format-print'
import { registerLabel } from './label'
import { registerPrint } from './print'
import { registerPrinters } from './printers'
import type { DeviceConfig } from '../api/devices'
import { registerSetup } from './setup'
import { packageVersion } from './paths'

function port(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535')
  return n
}

export async function runCli(
  argv: string[],
  io: CliIo,
  signal: AbortSignal = new AbortController().signal,
): Promise<number> {
  let exitCode: number = EXIT.ok
  const program = new Command('station')
    .description('Post Station: sorting centre and office of exchange, speaking UPU standards.')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, '')),
      writeErr: (s) => io.err(s.replace(/\n$/, '')),
    })
    .showHelpAfterError('(run station --help for usage)')

  program
    .command('id')
    .description('identify and validate UPU codes: S10 items, S8 dispatches, S9 receptacles, IMPC offices')
    .option('--json', 'one JSON object per line')
    .argument('<codes...>', 'each argument is one code (an empty argument is an invalid code)')
    .action(async (codes: string[], opts: { json?: boolean }) => {
      exitCode = await runId(codes, { json: opts.json === true }, io)
    })

  program
    .command('serve')
    .description('serve the user interface and the station contract (WebSocket at /api)')
    .addOption(new Option('--host <address>', 'address to listen on').default('127.0.0.1'))
    .addOption(new Option('--port <number>', 'port to listen on').default(8780).argParser(port))
    .addOption(new Option('--data <dir>', 'the station data folder').env('STATION_DATA'))
    .option('--token <token>', 'token remote clients must present (generated for non-loopback hosts)')
    .option('--scanner <spec>', 'a serial scanner: serial:PATH[@BAUD] (repeatable)', parseScannerSpec, [])
    .option(
      '--scale <spec>',
      'a serial scale: sics|toledo8217|cas:PATH[@BAUD] (repeatable)',
      parseScaleSpec,
      [],
    )
    .option(
      '--printer <uri>',
      'the default label printer: tcp:HOST[:PORT], serial:PATH[@BAUD], usb:/dev/usb/lpN or sim:NAME',
      printerUri,
    )
    .option(
      '--demo',
      'add a simulated scanner and scale that produce realistic traffic (and a simulated printer when none is set up)',
    )
    .action(
      async (opts: {
        host: string
        port: number
        data?: string
        token?: string
        scanner: DeviceConfig[]
        scale: DeviceConfig[]
        printer?: string
        demo?: boolean
      }) => {
        const devices = [...opts.scanner, ...opts.scale, ...(opts.demo ? demoDevices() : [])]
        exitCode = await runServe(
          {
            host: opts.host,
            port: opts.port,
            data: opts.data ?? null,
            token: opts.token ?? null,
            devices,
            printer: opts.printer ?? null,
            demoPrinter: opts.demo === true,
          },
          io,
          signal,
        )
      },
    )

  const context: CommandContext = { io, signal, setExit: (code) => (exitCode = code) }
  registerSetup(program, context)
  registerImport(program, context)
  registerItmatt(program, context)
  registerReceptacle(program, context)
  registerScan(program, context)
  registerLog(program, context)
  registerPolicy(program, context)
  registerBackup(program, context)
  registerBench(program, context)
  registerDevices(program, context)
  registerLabel(program, context)
  registerPrint(program, context)
  registerPrinters(program, context)
  registerDispatch(program, context)
  registerConsignment(program, context)
  registerEdi(program, context)
  registerCustoms(program, context)

  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return EXIT.ok
      }
      return EXIT.usage
    }
    throw error
  }
  return exitCode
}
