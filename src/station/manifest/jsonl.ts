// JSON lines: one object per line; blank lines skipped; a line cut short fails to parse and is named.
import { ImportError } from '../errors'

export function readJsonLines(
  text: string,
  where: string,
  onRecord: (line: number, record: Record<string, unknown>) => void,
): void {
  const n = text.length
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (let line = 1; i < n; line++) {
    let end = text.indexOf('\n', i)
    if (end < 0) end = n
    const raw = text.slice(i, end).trim()
    i = end + 1
    if (raw === '') continue
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw new ImportError(
        line,
        `${where} line ${line}: not valid JSON (${(error as Error).message}); is the line cut short?`,
      )
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ImportError(
        line,
        `${where} line ${line}: each line must be one JSON object, like {"itemId": …}.`,
      )
    }
    onRecord(line, value as Record<string, unknown>)
  }
}
