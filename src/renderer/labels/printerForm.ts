// A printer as a person edits it (dpi as a choice, every field as typed) and back to the contract's
// PrinterConfig, with each mistake named by its field before anything is sent. The engine checks again
// and its refusal is shown in its own words.
import { printerConfigSchema, type Printer, type PrinterConfig } from '../../api/printing'

export interface PrinterDraft {
  id: string
  name: string
  uri: string
  dpi: '203' | '300'
  isDefault: boolean
}

export function toPrinterDraft(printer: Printer | null, others: readonly Printer[] = []): PrinterDraft {
  if (printer === null) {
    // The first printer of a station is its default: closed receptacles' labels need one.
    return { id: '', name: '', uri: '', dpi: '203', isDefault: others.length === 0 }
  }
  return {
    id: printer.id,
    name: printer.name,
    uri: printer.uri,
    dpi: printer.dpi === 300 ? '300' : '203',
    isDefault: printer.isDefault,
  }
}

export type PrinterField = 'printerForm.id' | 'printerForm.name' | 'printerForm.uri'

/** The ways a station reaches a printer, as the contract's hint lists them. */
const URI = /^(?:tcp:[^\s:]+(?::\d{1,5})?|serial:\S+|usb:\/dev\/usb\/lp\d+|sim:\S+)$/

/**
 * The contract's config, or the fields a person must fix. `taken` are the ids of the other printers: a
 * new printer with an existing id would silently replace that printer.
 */
export function fromPrinterDraft(
  draft: PrinterDraft,
  taken: readonly string[] = [],
): { ok: true; printer: PrinterConfig } | { ok: false; problems: PrinterField[]; duplicate: boolean } {
  const printer = {
    id: draft.id.trim(),
    name: draft.name.trim(),
    uri: draft.uri.trim(),
    dpi: draft.dpi === '300' ? 300 : 203,
    isDefault: draft.isDefault,
  } as const
  const problems: PrinterField[] = []
  const parsed = printerConfigSchema.safeParse(printer)
  const wrong = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])))
  if (wrong.has('id')) problems.push('printerForm.id')
  if (wrong.has('name')) problems.push('printerForm.name')
  if (wrong.has('uri') || !URI.test(printer.uri)) problems.push('printerForm.uri')
  const duplicate = taken.includes(printer.id)
  if (problems.length > 0 || duplicate) return { ok: false, problems, duplicate }
  return { ok: true, printer }
}
