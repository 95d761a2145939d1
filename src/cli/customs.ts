// `station customs queue|present|decide|payment` and `station item CODE`: the customs officer's queue and
// decisions, and everything the station knows about one item. Only a signed-in customs officer decides
// (--operator/--pin); anyone else is refused with exit 1, and the refusal is in the event log.
// `station advance answer`: the answer to a referral (ITMREF), sent back as a REFRSP.
import { InvalidArgumentError, Option, type Command } from 'commander'
import {
  CUSTOMS_DECISIONS,
  CUSTOMS_STATES,
  HOLD_KINDS,
  type CustomsDecisionKind,
  type HoldKind,
} from '../api/customs'
import { REFERRAL_RESPONSE_CODES, REFERRAL_RESPONSE_LIST } from '../core/edi/messages/customs'
import { actingSession, checkIdentity, printJson, withStation, type CommandContext } from './context'
import { changedLine, decisionLine, itemLines, queueJson, queueLine } from './format-customs'
import { EXIT } from './io'
import { nonNegativeNumber } from './exchange-options'
import {
  positiveNumber,
  positiveWholeNumber,
  upperCase,
  withCommonOptions,
  withOperatorOptions,
  type ActingOptions,
  type CommonOptions,
} from './options'

interface QueueOptions extends CommonOptions {
  status: (typeof CUSTOMS_STATES)[number] | 'all'
  destination?: string
  minValue?: number
  maxValue?: number
  olderThan?: number
  limit: number
}

interface DecideOptions extends ActingOptions {
  decision: CustomsDecisionKind
  kind?: HoldKind
  reason?: string
  note?: string
  duty?: number
  currency?: string
}

interface PaymentOptions extends ActingOptions {
  reference: string
}

interface AnswerOptions extends ActingOptions {
  code: string
  action: string
}

function destination(value: string): string {
  const code = upperCase(value)
  if (!/^([A-Z]{2}|[A-Z]{6})$/.test(code))
    throw new InvalidArgumentError('a destination is a 2-letter country or a 6-letter IMPC office code')
  return code
}

function currency(value: string): string {
  const code = upperCase(value)
  if (!/^[A-Z]{3}$/.test(code))
    throw new InvalidArgumentError('a currency is its 3-letter ISO 4217 code, e.g. EUR')
  return code
}

export function registerCustoms(program: Command, { io, setExit }: CommandContext): void {
  const customs = program
    .command('customs')
    .description('items presented to customs, and the customs officer’s holds and decisions')

  withCommonOptions(customs.command('queue'))
    .description('items presented to customs, oldest first, with their state, value and hold')
    .addOption(
      new Option('--status <state>', 'which ones').choices([...CUSTOMS_STATES, 'all']).default('all'),
    )
    .option('--destination <code>', 'only to this country (2 letters) or office (IMPC)', destination)
    .option('--min-value <amount>', 'declared value at least this (from the advance data)', nonNegativeNumber)
    .option('--max-value <amount>', 'declared value at most this', nonNegativeNumber)
    .option('--older-than <hours>', 'presented at least this many hours ago', nonNegativeNumber)
    .option('--limit <n>', 'at most this many items', positiveWholeNumber, 100)
    .action(async (options: QueueOptions) => {
      setExit(
        await withStation('customs queue', options, io, async (station) => {
          const items = station.customsQueue({
            status: options.status,
            destination: options.destination,
            minValue: options.minValue,
            maxValue: options.maxValue,
            olderThanHours: options.olderThan,
            limit: Math.min(options.limit, 1000),
          })
          if (items.length === 0 && !options.json) io.out('No item in the customs queue matches.')
          for (const e of items) {
            if (options.json) printJson(io, queueJson(e))
            else io.out(queueLine(e))
          }
          return EXIT.ok
        }),
      )
    })

  withOperatorOptions(withCommonOptions(customs.command('present')))
    .description('present items to customs (EXA export, EDB import); all or nothing')
    .argument('<codes...>', 'S10 item identifiers')
    .action(async (codes: string[], options: ActingOptions, command: Command) => {
      checkIdentity(command, options.operator, options.pin)
      setExit(
        await withStation('customs present', options, io, async (station) => {
          const items = station.presentToCustoms(actingSession(station, options), codes)
          for (const e of items) {
            if (options.json) printJson(io, queueJson(e))
            else io.out(changedLine(e))
          }
          return EXIT.ok
        }),
      )
    })

  withOperatorOptions(withCommonOptions(customs.command('decide')))
    .description("a customs officer's decision on items, all or nothing: hold, release, return or seize")
    .argument('<codes...>', 'S10 item identifiers')
    .addOption(
      new Option('--decision <decision>', 'what customs decided')
        .choices(CUSTOMS_DECISIONS)
        .makeOptionMandatory(),
    )
    .addOption(new Option('--kind <kind>', 'why the item is held').choices(HOLD_KINDS))
    .option('--reason <words>', 'the reason in words, shown at the bagging station for a hold')
    .option('--note <text>', 'a note for the record')
    .option('--duty <amount>', 'duty or tax payable (with --currency)', positiveNumber)
    .option('--currency <code>', 'currency of the duty, e.g. EUR', currency)
    .addHelpText(
      'after',
      '\nOnly a customs officer signed in with --operator and --pin decides; anyone else is refused\n' +
        '(exit 1) and the refusal is recorded in the event log.',
    )
    .action(async (codes: string[], options: DecideOptions, command: Command) => {
      checkIdentity(command, options.operator, options.pin)
      if ((options.duty === undefined) !== (options.currency === undefined))
        command.error('error: --duty and --currency go together')
      setExit(
        await withStation('customs decide', options, io, async (station) => {
          const result = station.decideCustoms(actingSession(station, options), codes, options.decision, {
            kind: options.kind,
            reason: options.reason,
            note: options.note,
            duty:
              options.duty === undefined ? undefined : { amount: options.duty, currency: options.currency! },
          })
          result.items.forEach((e, i) => {
            const decision = result.decisions[i]!
            if (options.json) printJson(io, { ...queueJson(e), decision })
            else io.out(`${changedLine(e)}  (event ${decision.seq})`)
          })
          return EXIT.ok
        }),
      )
    })

  withOperatorOptions(withCommonOptions(customs.command('payment')))
    .description('record that the duty on an item was paid')
    .argument('<code>', 'S10 item identifier')
    .requiredOption('--reference <ref>', 'the payment reference')
    .action(async (code: string, options: PaymentOptions, command: Command) => {
      checkIdentity(command, options.operator, options.pin)
      setExit(
        await withStation('customs payment', options, io, async (station) => {
          const paid = station.recordDutyPayment(actingSession(station, options), code, options.reference)
          if (options.json) printJson(io, { ...queueJson(paid.item), decision: paid.decision })
          else io.out(decisionLine(paid.decision))
          return EXIT.ok
        }),
      )
    })

  const advance =
    program.commands.find((c) => c.name() === 'advance') ??
    program.command('advance').description('electronic advance data (ITMATT) held by the station')
  withOperatorOptions(withCommonOptions(advance.command('answer')))
    .description(
      'answer the open referrals (ITMREF) of items: a REFRSP goes back to the post that raised them',
    )
    .argument('<codes...>', 'S10 item identifiers')
    .addOption(
      new Option('--code <code>', 'the response code').choices(REFERRAL_RESPONSE_CODES).makeOptionMandatory(),
    )
    .requiredOption('--action <text>', 'what was done, in words (sent in the REFRSP, kept in the log)')
    .addHelpText(
      'after',
      `\nResponse codes:\n${REFERRAL_RESPONSE_LIST.entries.map((e) => `  ${e.code.padEnd(10)} ${e.meaning} (answers ${e.answers.join(', ')})`).join('\n')}\n` +
        'An RFI or RFS is closed by its answer; a DNL is answered and stays in force (the item must not be\n' +
        'loaded). A supervisor or a customs officer answers, signed in with --operator and --pin.',
    )
    .action(async (codes: string[], options: AnswerOptions, command: Command) => {
      checkIdentity(command, options.operator, options.pin)
      const action = options.action.trim()
      if (action === '' || action.length > 512) command.error('error: --action is 1 to 512 characters')
      setExit(
        await withStation('advance answer', options, io, async (station) => {
          const result = station.answerReferral(actingSession(station, options), codes, {
            code: options.code,
            action,
          })
          if (options.json) {
            printJson(io, result)
            return EXIT.ok
          }
          for (const a of result.answers) {
            const where =
              a.message === null ? 'no REFRSP (no ITMREF raised it)' : `REFRSP #${a.message} to ${a.partner}`
            const state = a.closed ? 'closed' : 'answered, do-not-load stays in force'
            io.out(`${a.itemId}  ${a.referral.toUpperCase()} ${state}: ${a.code}, ${where}  (event ${a.seq})`)
          }
          for (const m of result.messages)
            io.out(`Queued REFRSP message #${m.id} for ${m.partner}, in ${m.file}.`)
          return EXIT.ok
        }),
      )
    })

  withCommonOptions(program.command('item'))
    .description('one item: its manifest facts, receptacle, advance data, customs holds and history')
    .argument('<code>', 'S10 item identifier')
    .action(async (code: string, options: CommonOptions) => {
      setExit(
        await withStation('item', options, io, async (station) => {
          const item = station.customsItem(code)
          if (options.json) printJson(io, item)
          else for (const line of itemLines(item)) io.out(line)
          return EXIT.ok
        }),
      )
    })
}
