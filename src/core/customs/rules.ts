// The per-destination EAD rules (data/destination-rules.json) and the vague descriptions
// (data/vague-descriptions.json), checked when loaded: a typo in a data file fails at start-up, never
// silently weakens a rule.
import rulesJson from './data/destination-rules.json'
import vagueJson from './data/vague-descriptions.json'
import { FINDING_CODES, type DestinationRule, type EadRequirement, type FindingCode } from './types'

const REQUIREMENTS: readonly string[] = ['always', 'goods', 'never']
const HS: readonly string[] = ['commercial', 'goods', 'optional']

function checked(raw: (typeof rulesJson.rules)[number]): DestinationRule {
  const where = `destination-rules.json, "${raw.name}"`
  for (const [cls, req] of Object.entries(raw.ead)) {
    if (!REQUIREMENTS.includes(req))
      throw new Error(`${where}: class ${cls} has unknown requirement "${req}"`)
  }
  if (!HS.includes(raw.hsCodes)) throw new Error(`${where}: unknown hsCodes "${raw.hsCodes}"`)
  for (const code of raw.warnOnly) {
    if (!(FINDING_CODES as readonly string[]).includes(code))
      throw new Error(`${where}: unknown finding "${code}" in warnOnly`)
  }
  for (const d of raw.destinations) {
    if (d !== '*' && !/^([A-Z]{2}|[A-Z]{6})$/.test(d))
      throw new Error(`${where}: "${d}" is not a country code, an IMPC code or *`)
  }
  return {
    name: raw.name,
    destinations: raw.destinations,
    ead: raw.ead as Record<string, EadRequirement>,
    hsCodes: raw.hsCodes as DestinationRule['hsCodes'],
    warnOnly: raw.warnOnly as FindingCode[],
  }
}

export const DESTINATION_RULES: readonly DestinationRule[] = rulesJson.rules.map(checked)

const byDestination = new Map<string, DestinationRule>()
for (const rule of DESTINATION_RULES) {
  for (const d of rule.destinations) {
    if (byDestination.has(d)) throw new Error(`destination-rules.json: ${d} is in two rules`)
    byDestination.set(d, rule)
  }
}
const fallback = byDestination.get('*')
if (!fallback) throw new Error('destination-rules.json: no rule for "*"')

/** The rule for an item: its destination office's if one is set, else its country's, else the baseline. */
export function ruleFor(country: string | null, office: string | null = null): DestinationRule {
  return (
    (office === null ? undefined : byDestination.get(office)) ??
    (country === null ? undefined : byDestination.get(country)) ??
    fallback!
  )
}

/** Lower-cased, punctuation dropped, spaces squeezed: how descriptions are compared with the list. */
export function descriptionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const vague = new Set(vagueJson.entries.map(descriptionKey))

export function isVague(description: string): boolean {
  return vague.has(descriptionKey(description))
}

export const VAGUE_DESCRIPTIONS: readonly string[] = vagueJson.entries
