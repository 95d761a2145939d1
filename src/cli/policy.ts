// `station policy set|list`: the per-destination rules the scan loop applies (advance data required,
// pre-advice required, receptacle weight limit). An office rule wins over its country's.
import type { Command } from 'commander'
import type { DestinationPolicy } from '../api'
import { actingSession, checkIdentity, printJson, withStation, type CommandContext } from './context'
import { policyLine } from './format-bagging'
import { EXIT } from './io'
import {
  positiveNumber,
  upperCase,
  withCommonOptions,
  withOperatorOptions,
  type ActingOptions,
  type CommonOptions,
} from './options'

interface PolicySetOptions extends ActingOptions {
  destination: string
  requiresEad?: boolean
  requiresPreAdvice?: boolean
  weightLimit?: number
}

export function registerPolicy(program: Command, { io, setExit }: CommandContext): void {
  const policy = program.command('policy').description('rules per destination country or office')

  withOperatorOptions(withCommonOptions(policy.command('set')))
    .description("set a destination's rules (replaces its previous rules)")
    .requiredOption('--destination <code>', 'a 2-letter country or 6-letter IMPC office', upperCase)
    .option('--requires-ead', 'items need electronic advance data (ITMATT)')
    .option('--requires-pre-advice', 'items must be in an imported manifest')
    .option('--weight-limit <kg>', 'receptacle weight limit for this destination', positiveNumber)
    .action(async (options: PolicySetOptions, command: Command) => {
      checkIdentity(command, options.operator, options.pin)
      if (!/^([A-Z]{2}|[A-Z]{6})$/.test(options.destination))
        command.error(
          `error: --destination ${options.destination} is neither a country (2 letters) nor an IMPC office (6)`,
        )
      const rules: DestinationPolicy = {
        destination: options.destination,
        requiresEad: options.requiresEad === true,
        requiresPreAdvice: options.requiresPreAdvice === true,
        weightLimitKg: options.weightLimit ?? null,
      }
      setExit(
        await withStation('policy set', options, io, async (station) => {
          station.setPolicy(actingSession(station, options), rules)
          if (options.json) printJson(io, { policy: rules })
          else io.out(`Policy set. ${policyLine(rules)}`)
          return EXIT.ok
        }),
      )
    })

  withCommonOptions(policy.command('list'))
    .description('every destination rule')
    .action(async (options: CommonOptions) => {
      setExit(
        await withStation('policy list', options, io, async (station) => {
          for (const rules of station.listPolicies()) {
            if (options.json) printJson(io, rules)
            else io.out(policyLine(rules))
          }
          return EXIT.ok
        }),
      )
    })
}
