// EDI at the office of exchange: `station import edi` (a partner's file, applied whole or quarantined
// whole), `station edi parse` (any EDI file laid out for diagnosis, no station needed), `station export
// emsevt` (item events out), `station messages`, `station message show|resend` and `station partner
// add|list`.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { PARTNER_KINDS, partnerSchema, type Message, type Partner } from '../api/exchange'
import { decodeMessage } from '../core/edi/messages'
import { EdiMappingError, parseInterchange } from '../core/edi/syntax'
import type { EdiIssue, Interchange } from '../core/edi/types'
import type { Station } from '../station'
import { describeIssue, type DecodedMessage } from '../station/exchange/edi'
import { decodeEdiBytes, type EdiEncoding } from '../station/exchange/mailbox'
import { printJson, withStation, type CommandContext } from './context'
import { bySession, checkBy, partnerId, sinceTime, withByOptions, type ByOptions } from './exchange-options'
import { messageDetailLines, messageLine, partnerLine, recordWords } from './format-exchange'
import { EXIT, type CliIo } from './io'
import { positiveWholeNumber, withCommonOptions, type CommonOptions } from './options'

/** Exit status of `station import edi` and `station edi parse`. */
export const EDI_EXIT = {
  ok: EXIT.ok,
  /** The file could not be read, or the station could not be used. */
  failed: EXIT.failed,
  usage: EXIT.usage,
  /** The file has issues: quarantined whole, nothing applied (import); issues found (parse). */
  issues: 3,
} as const

const EXIT_HELP = `
Exit status: 0 applied; 1 the file or the station could not be used; 2 a usage error;
3 quarantined (the file has problems, each printed with where it is; nothing of it was applied).`

const PARSE_EXIT_HELP = `
Exit status: 0 no issues; 1 the file could not be read; 2 a usage error; 3 the file has issues.`

async function readBytes(file: string, io: CliIo): Promise<Buffer> {
  if (file !== '-') return readFileSync(resolve(file))
  if (!io.input) throw new Error('there is no standard input to read')
  const chunks: Buffer[] = []
  for await (const chunk of io.input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

/** The file's text, or null after saying why it cannot be read. */
async function readEdi(
  name: string,
  file: string,
  io: CliIo,
): Promise<{ text: string; encoding: EdiEncoding } | null> {
  try {
    return decodeEdiBytes(await readBytes(file, io))
  } catch (error) {
    io.err(
      `station ${name}: cannot read ${file === '-' ? 'standard input' : file}: ${(error as Error).message}`,
    )
    return null
  }
}

// ---- edi parse ------------------------------------------------------------------------------------

export interface ParsedMessage {
  ref: string
  type: string
  header: Interchange['messages'][number]['header']
  position: Interchange['messages'][number]['position'] | null
  /** The record the station's mapping reads from it, or null when it cannot. */
  record: DecodedMessage['record'] | null
  segments: Array<{ tag: string; elements: string[][]; position: unknown }>
}

export interface ParsedFile {
  file: string
  encoding: EdiEncoding
  valid: boolean
  issues: EdiIssue[]
  interchange: { service: Interchange['service']; header: Interchange['header'] } | null
  messages: ParsedMessage[]
}

/** Every message decoded where its mapping can read it; what it cannot read joins the issues. */
export function parseEdiText(
  file: string,
  text: string,
  encoding: EdiEncoding,
): { parsed: ParsedFile; decoded: Array<DecodedMessage | null> } {
  const { interchange, issues } = parseInterchange(text)
  const all = [...issues]
  const messages: ParsedMessage[] = []
  const decoded: Array<DecodedMessage | null> = []
  for (const message of interchange?.messages ?? []) {
    let read: DecodedMessage | null = null
    try {
      read = decodeMessage(message) as DecodedMessage
    } catch (error) {
      if (error instanceof EdiMappingError) all.push(error.issue)
      else {
        // A diagnosis tool shows the file even when a mapping trips over it: said as an issue, at the UNH.
        all.push({
          message: `the ${message.header.type} mapping could not read this message (${(error as Error).message}); please report this file`,
          line: message.position?.line ?? null,
          segment: message.position?.segment ?? null,
          tag: 'UNH',
          element: null,
          component: null,
        })
      }
    }
    decoded.push(read)
    messages.push({
      ref: message.header.ref,
      type: message.header.type,
      header: message.header,
      position: message.position ?? null,
      record: read?.record ?? null,
      segments: message.segments.map((s) => ({
        tag: s.tag,
        elements: s.elements,
        position: s.position ?? null,
      })),
    })
  }
  const parsed: ParsedFile = {
    file,
    encoding,
    valid: all.length === 0,
    issues: all,
    interchange: interchange ? { service: interchange.service, header: interchange.header } : null,
    messages,
  }
  return { parsed, decoded }
}

function parseSummary(parsed: ParsedFile, decoded: Array<DecodedMessage | null>): string[] {
  const encoding = parsed.encoding === 'utf8' ? 'UTF-8' : 'Latin-1'
  const lines: string[] = []
  const i = parsed.interchange
  if (i === null) lines.push(`${parsed.file} (read as ${encoding}): no readable interchange (UNB).`)
  else {
    const h = i.header
    const party = (p: { id: string; qualifier: string | null }) =>
      p.qualifier ? `${p.id}:${p.qualifier}` : p.id
    lines.push(
      `${parsed.file} (read as ${encoding}): interchange ${h.controlRef}, ${h.syntax.id} version ${h.syntax.version}, ` +
        `from ${party(h.sender)} to ${party(h.recipient)}, prepared ${h.prepared.date} ${h.prepared.time}` +
        `${h.test ? ', TEST' : ''}; ${parsed.messages.length} message${parsed.messages.length === 1 ? '' : 's'}.`,
    )
  }
  parsed.messages.forEach((m, n) => {
    const where = m.position ? ` (line ${m.position.line})` : ''
    const h = m.header
    const read = decoded[n]
    const about = read ? recordWords(read) : 'not decoded (see the issues)'
    lines.push(
      `  message ${m.ref}${where}: ${h.type} ${h.version}:${h.release}:${h.agency}, ${m.segments.length} segments — ${about}`,
    )
  })
  if (parsed.issues.length === 0) lines.push('No issues.')
  else {
    lines.push(`${parsed.issues.length} issue${parsed.issues.length === 1 ? '' : 's'}:`)
    for (const issue of parsed.issues) lines.push(`  ${describeIssue(issue)}`)
  }
  return lines
}

// ---- the commands ---------------------------------------------------------------------------------

type ImportOptions = ByOptions

interface ParseOptions {
  json?: boolean
}

interface EmsevtOptions extends ByOptions {
  since: Date
  out?: string
  partner?: string
}

interface MessagesOptions extends CommonOptions {
  direction: 'in' | 'out' | 'all'
  limit: number
}

interface ResendOptions extends ByOptions {
  reason?: string
}

interface PartnerOptions extends ByOptions {
  id: string
  kind: Partner['kind']
  ediId: string
  qualifier?: string
  name?: string
}

function importOutcome(
  file: string,
  result: { message: Message; applied: boolean; issues: EdiIssue[] },
  io: CliIo,
): number {
  const m = result.message
  const what = `${m.type}${m.partner ? ` from ${m.partner}` : ''} (message #${m.id})`
  if (result.applied) {
    io.out(`Applied ${file}: ${what}. ${m.reason ?? ''}`.trimEnd())
    return EDI_EXIT.ok
  }
  const n = result.issues.length
  io.err(
    `station import edi: quarantined ${file}: ${what}, ${n} problem${n === 1 ? '' : 's'}; nothing of it was applied.`,
  )
  for (const issue of result.issues) io.err(`${file}: ${describeIssue(issue)}`)
  return EDI_EXIT.issues
}

export function registerEdi(program: Command, { io, setExit }: CommandContext): void {
  // `station import` is shared with `import manifest`.
  const imports =
    program.commands.find((c) => c.name() === 'import') ??
    program.command('import').description('bring data into the station')

  withByOptions(withCommonOptions(imports.command('edi')))
    .description(
      "import a partner's EDI file (RESDIT, RESCON, RESDES, ITMREF; CUSRSP from the customs partner): applied whole, or quarantined whole",
    )
    .argument('<file>', 'the EDIFACT file (- for stdin); UTF-8 when UNB declares UNOW/UNOY, else Latin-1')
    .addHelpText('after', EXIT_HELP)
    .action(async (file: string, options: ImportOptions, command: Command) => {
      checkBy(command, options)
      const read = await readEdi('import edi', file, io)
      if (read === null) {
        setExit(EDI_EXIT.failed)
        return
      }
      const name = file === '-' ? 'stdin' : file
      setExit(
        await withStation('import edi', options, io, async (station) => {
          const result = station.importEdi(bySession(station, options), name, read.text)
          if (!options.json) return importOutcome(name, result, io)
          printJson(io, { message: result.message, applied: result.applied, issues: result.issues })
          return result.applied ? EDI_EXIT.ok : EDI_EXIT.issues
        }),
      )
    })

  const edi = program.command('edi').description('look into EDI files')
  edi
    .command('parse')
    .description(
      'show any EDI file as its interchange, messages, segments and decoded records, with every issue (no station needed)',
    )
    .argument('<file>', 'the EDIFACT file (- for stdin)')
    .option('--json', 'one JSON object: { file, encoding, valid, issues, interchange, messages }')
    .addHelpText('after', PARSE_EXIT_HELP)
    .action(async (file: string, options: ParseOptions) => {
      const read = await readEdi('edi parse', file, io)
      if (read === null) {
        setExit(EDI_EXIT.failed)
        return
      }
      const { parsed, decoded } = parseEdiText(file, read.text, read.encoding)
      if (options.json) printJson(io, parsed)
      else for (const line of parseSummary(parsed, decoded)) io.out(line)
      setExit(parsed.valid ? EDI_EXIT.ok : EDI_EXIT.issues)
    })

  const exports = program.command('export').description('take data out of the station')
  withByOptions(withCommonOptions(exports.command('emsevt')))
    .description('item events (EMB, EMC…) since a time, as an EMSEVT interchange')
    .requiredOption(
      '--since <time>',
      'from when: an ISO time (2026-03-14T08:00:00+01:00, 2026-03-14) or back from now (24h, 90m, 7d)',
      (value: string) => sinceTime(value),
    )
    .option('--out <file>', 'write the interchange here (- for stdout)')
    .option('--partner <id>', "also queue it in this partner's outbox (an EMSEVT message)", partnerId)
    .action(async (options: EmsevtOptions, command: Command) => {
      checkBy(command, options)
      if (options.out === undefined && options.partner === undefined)
        command.error('error: say where it goes: --out FILE (- for stdout) and/or --partner ID (its outbox)')
      if (options.out === '-' && options.json)
        command.error('error: --out - and --json both write to stdout: give --out a file name')
      setExit(
        await withStation('export emsevt', options, io, async (station) =>
          exportEmsevt(station, options, io),
        ),
      )
    })

  withCommonOptions(program.command('messages'))
    .description('EDI messages in and out, newest first, with their state')
    .addOption(new Option('--direction <dir>', 'which ones').choices(['in', 'out', 'all']).default('all'))
    .addOption(
      new Option('--limit <n>', 'at most this many (up to 1000)').argParser(positiveWholeNumber).default(100),
    )
    .action(async (options: MessagesOptions) => {
      setExit(
        await withStation('messages', options, io, async (station) => {
          const messages = station.messages(options.direction, Math.min(options.limit, 1000))
          if (messages.length === 0 && !options.json) io.out('No messages.')
          for (const m of messages) {
            if (options.json) printJson(io, m)
            else io.out(messageLine(m))
          }
          return EXIT.ok
        }),
      )
    })

  const message = program.command('message').description('one EDI message: show it, send it again')
  withCommonOptions(message.command('show'))
    .description('a message, why it is in its state, and its content')
    .argument('<id>', 'the message number (see station messages)', positiveWholeNumber)
    .action(async (id: number, options: CommonOptions) => {
      setExit(
        await withStation('message show', options, io, async (station) => {
          const shown = station.message(id)
          if (options.json) printJson(io, shown)
          else {
            for (const line of messageDetailLines(shown.message)) io.out(line)
            io.out('')
            io.out(shown.content.replace(/\n$/, ''))
          }
          return EXIT.ok
        }),
      )
    })

  withByOptions(withCommonOptions(message.command('resend')))
    .description("write an outgoing message to its partner's outbox again (audited)")
    .argument('<id>', 'the message number (see station messages --direction out)', positiveWholeNumber)
    .option('--reason <text>', 'why (kept in the audit log)')
    .action(async (id: number, options: ResendOptions, command: Command) => {
      checkBy(command, options)
      if (options.reason !== undefined && options.reason.length > 200)
        command.error('error: --reason is at most 200 characters')
      setExit(
        await withStation('message resend', options, io, async (station) => {
          const copy = station.resendMessage(bySession(station, options), id, options.reason)
          if (options.json) printJson(io, { message: copy })
          else io.out(`Resent ${copy.type} message #${id} as #${copy.id}: ${copy.file ?? 'no file'}.`)
          return EXIT.ok
        }),
      )
    })

  const partner = program
    .command('partner')
    .description('the posts, carriers and customs administration this station exchanges EDI with')
  withByOptions(withCommonOptions(partner.command('add')))
    .description('add an EDI partner, or change the one with this id')
    .requiredOption(
      '--id <id>',
      "the partner's code: its IMPC office or country code, or a carrier code",
      partnerId,
    )
    .addOption(
      new Option(
        '--kind <kind>',
        'a post, a carrier, or customs (the customs administration: CUSITM goes to it, CUSRSP comes from it)',
      )
        .choices(PARTNER_KINDS)
        .makeOptionMandatory(),
    )
    .requiredOption('--edi-id <id>', 'its interchange id (UNB sender/recipient)')
    .option('--qualifier <code>', 'the partner id code qualifier of that id (UNB), if it uses one')
    .option('--name <text>', 'what people call it')
    .action(async (options: PartnerOptions, command: Command) => {
      checkBy(command, options)
      const checked = partnerSchema.safeParse({
        id: options.id,
        kind: options.kind,
        name: options.name ?? null,
        ediId: options.ediId,
        ediQualifier: options.qualifier ?? null,
      })
      if (!checked.success) {
        const first = checked.error.issues[0]!
        const flag =
          { ediId: '--edi-id', ediQualifier: '--qualifier' }[String(first.path[0])] ??
          `--${String(first.path[0])}`
        command.error(`error: ${flag}: ${first.message}`)
      }
      setExit(
        await withStation('partner add', options, io, async (station) => {
          const saved = station.savePartner(bySession(station, options), checked.data!)
          if (options.json) printJson(io, { partner: saved })
          else io.out(`Partner ${partnerLine(saved)}`)
          return EXIT.ok
        }),
      )
    })

  withCommonOptions(partner.command('list'))
    .description("the station's EDI partners")
    .action(async (options: CommonOptions) => {
      setExit(
        await withStation('partner list', options, io, async (station) => {
          const partners = station.partners()
          if (partners.length === 0 && !options.json)
            io.out('No partners are set up (add one with station partner add).')
          for (const p of partners) {
            if (options.json) printJson(io, p)
            else io.out(partnerLine(p))
          }
          return EXIT.ok
        }),
      )
    })
}

async function exportEmsevt(station: Station, options: EmsevtOptions, io: CliIo): Promise<number> {
  const out = station.exportEmsevt(bySession(station, options), options.since, {
    outbox: options.partner,
  })
  const file = options.out === undefined || options.out === '-' ? null : resolve(options.out)
  if (options.out === '-') io.out(out.content.replace(/\n$/, ''))
  // UNOC, as the station writes every interchange: one byte per character.
  else if (file !== null) writeFileSync(file, out.content, 'latin1')
  if (options.json) {
    printJson(io, { events: out.events, since: out.since, file, message: out.message })
    return EXIT.ok
  }
  const words = `${out.events} item event${out.events === 1 ? '' : 's'} since ${out.since}`
  // With --out -, stdout is the interchange: what it holds is told on stderr.
  const tell = (line: string) => (options.out === '-' ? io.err(line) : io.out(line))
  if (options.out !== undefined) tell(`Wrote ${words} to ${file ?? 'standard output'}.`)
  if (out.message) {
    const what = options.out === undefined ? `${words}: ` : ''
    tell(`Queued ${what}message #${out.message.id} for ${out.message.partner}, in ${out.message.file}.`)
  }
  return EXIT.ok
}
