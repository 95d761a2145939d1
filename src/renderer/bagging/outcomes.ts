// What each scan outcome looks, sounds and reads like. Only an accepted scan is good; a duplicate is
// harmless (the item is already where it belongs) so it only asks for a second look; everything else
// means the item must not go into this receptacle, and says so in red with the error tone.
import { SCAN_OUTCOMES, type ScanOutcome } from '../../api/bagging'
import type { Tone } from '../feedback/tones'
import { TONE_FOR, type Verdict } from '../feedback/verdict'
import type { MessageKey } from '../i18n/en'

export { SCAN_OUTCOMES }

const VERDICTS: Record<ScanOutcome, Verdict> = {
  accepted: 'valid',
  duplicate: 'warning',
  in_other_receptacle: 'invalid',
  missort: 'invalid',
  held: 'invalid',
  no_ead: 'invalid',
  do_not_load: 'invalid',
  overweight: 'invalid',
  invalid_id: 'invalid',
  no_receptacle: 'invalid',
  receptacle_closed: 'invalid',
}

export function scanVerdict(outcome: ScanOutcome): Verdict {
  return VERDICTS[outcome]
}

export function scanTone(outcome: ScanOutcome): Tone {
  return TONE_FOR[VERDICTS[outcome]]
}

export function outcomeKey(outcome: ScanOutcome): MessageKey {
  return `scanOutcome.${outcome}`
}
