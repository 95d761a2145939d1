// `station init` and `station operator add`: setting up an office of exchange and who may work in it.
import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { DURABILITY, ROLES, type Durability, type Role } from '../api'
import { initStation } from '../station'
import { checkIdentity, printJson, reportFailure, withStation, type CommandContext } from './context'
import { EXIT } from './io'
import { upperCase, withCommonOptions, type CommonOptions } from './options'

interface InitOptions extends CommonOptions {
  office: string
  name?: string
  durability?: Durability
}

interface OperatorAddOptions extends CommonOptions {
  id: string
  role: Role
  pin: string
  name?: string
  by?: string
  byPin?: string
}

export function registerSetup(program: Command, { io, setExit }: CommandContext): void {
  withCommonOptions(program.command('init'))
    .description('record this office of exchange in a new data folder (and its default operator)')
    .requiredOption('--office <impc>', "this office of exchange's IMPC code, e.g. FRCDGA", upperCase)
    .option('--name <text>', 'a name for the station')
    .addOption(
      new Option('--durability <mode>', 'normal: safe from a process crash; full: from a power cut').choices(
        DURABILITY,
      ),
    )
    .action((options: InitOptions) => {
      setExit(runInit(options))
    })

  const operator = program.command('operator').description('the people who sign in at this station')
  withCommonOptions(operator.command('add'))
    .description("add an operator; --pin is the NEW operator's PIN, --by/--by-pin who adds them")
    .requiredOption('--id <id>', 'the new operator id')
    .addOption(new Option('--role <role>', 'what they may do').choices(ROLES).makeOptionMandatory())
    .requiredOption('--pin <pin>', "the new operator's PIN (stored hashed)")
    .option('--name <text>', "the new operator's name")
    .option('--by <id>', 'the operator adding them (default: the station operator made by init)')
    .option('--by-pin <pin>', "that operator's PIN")
    .action(async (options: OperatorAddOptions, command: Command) => {
      checkIdentity(command, options.by, options.byPin, ['--by', '--by-pin'])
      setExit(
        await withStation('operator add', options, io, async (station) => {
          const by =
            options.by === undefined || options.byPin === undefined
              ? station.defaultSession()
              : station.signIn(options.by, options.byPin)
          const added = station.addOperator(by, {
            id: options.id,
            role: options.role,
            pin: options.pin,
            name: options.name,
          })
          if (options.json) printJson(io, { operator: added })
          else io.out(`Operator ${added.id} added as ${added.role}${added.name ? ` (${added.name})` : ''}.`)
          return EXIT.ok
        }),
      )
    })

  function runInit(options: InitOptions): number {
    const dataDir = resolve(options.data)
    try {
      const office = initStation(dataDir, {
        impc: options.office,
        name: options.name,
        durability: options.durability,
      })
      if (options.json) printJson(io, { office, dataDir })
      else
        io.out(
          `Station ready in ${dataDir}: office of exchange ${office.impc}${office.name ? ` (${office.name})` : ''}, durability ${office.durability}.`,
        )
      return EXIT.ok
    } catch (error) {
      return reportFailure('init', error, io)
    }
  }
}
