// `station backup`: a consistent copy of the manifest through SQLite's online backup, taken while the
// station may be scanning.
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { printJson, withStation, type CommandContext } from './context'
import { EXIT } from './io'
import { withCommonOptions, type CommonOptions } from './options'

interface BackupOptions extends CommonOptions {
  to: string
}

export function registerBackup(program: Command, { io, setExit }: CommandContext): void {
  withCommonOptions(program.command('backup'))
    .description("copy the station's database to a file (SQLite online backup)")
    .requiredOption('--to <file>', 'where to write the copy')
    .action(async (options: BackupOptions) => {
      const file = resolve(options.to)
      setExit(
        await withStation('backup', options, io, async (station) => {
          await station.backup(file)
          if (options.json) printJson(io, { backup: file })
          else io.out(`Backed up to ${file}.`)
          return EXIT.ok
        }),
      )
    })
}
