// `station import manifest`: pre-advised items from a CSV or JSON-lines file. The engine imports a file
// as one transaction, so a bad line means nothing was written; it is told as FILE:LINE like a compiler.
import { readFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { ImportError } from '../station'
import { actingSession, checkIdentity, printJson, withStation, type CommandContext } from './context'
import { EXIT } from './io'
import { withCommonOptions, withOperatorOptions, type ActingOptions } from './options'

type ManifestFormat = 'csv' | 'jsonl'

const FORMAT_BY_EXTENSION: Record<string, ManifestFormat> = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'jsonl',
}

interface ImportOptions extends ActingOptions {
  format?: ManifestFormat
}

export function registerImport(program: Command, { io, setExit }: CommandContext): void {
  const imports = program.command('import').description('bring data into the station')
  withOperatorOptions(withCommonOptions(imports.command('manifest')))
    .description('import pre-advised items (CSV, or JSON lines); all or nothing')
    .argument('<file>', 'the manifest file (.csv, .jsonl, .ndjson or .json)')
    .addOption(new Option('--format <format>', 'when the extension does not say').choices(['csv', 'jsonl']))
    .action(async (file: string, options: ImportOptions, command: Command) => {
      checkIdentity(command, options.operator, options.pin)
      const format = options.format ?? FORMAT_BY_EXTENSION[extname(file).toLowerCase()]
      if (format === undefined)
        command.error(`error: cannot tell the format of ${file} from its extension; pass --format csv|jsonl`)
      let text: string
      try {
        text = readFileSync(resolve(file), 'utf8')
      } catch (error) {
        io.err(`station import manifest: cannot read ${file}: ${(error as Error).message}`)
        setExit(EXIT.failed)
        return
      }
      setExit(
        await withStation('import manifest', options, io, async (station) => {
          try {
            const result = station.importManifest(actingSession(station, options), text, {
              format,
              fileName: file,
            })
            if (options.json) printJson(io, { file, ...result })
            else
              io.out(
                `Imported ${result.items} items from ${file}: ${result.created} new, ${result.updated} updated.`,
              )
            return EXIT.ok
          } catch (error) {
            if (!(error instanceof ImportError)) throw error
            io.err(`${file}:${error.line}: ${error.message}`)
            io.err('Nothing was imported.')
            return EXIT.failed
          }
        }),
      )
    })
}
