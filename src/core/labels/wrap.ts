// Printer fonts are proportional and the label cannot measure them, so long names are wrapped by an estimate of
// how many characters fit; short text is never touched.

/** Average width of a font 0 character as a share of its height; generous, for capitals and digits. */
export const FONT0_CHARACTER_WIDTH_EM = 0.55

/** How many characters of a given height fit in a width, by the estimate above. */
export function charactersThatFit(widthMm: number, heightMm: number): number {
  return Math.max(1, Math.floor(widthMm / (heightMm * FONT0_CHARACTER_WIDTH_EM)))
}

/**
 * Splits text at spaces into at most maxLines lines of about maxChars characters. Nothing is dropped: the last
 * line takes whatever remains, and a word longer than a line stays whole. Text that fits comes back unchanged.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const length = (s: string): number => Array.from(s).length
  if (length(text) <= maxChars) return [text]
  const lines: string[] = []
  let current: string | null = null
  for (const word of text.split(' ')) {
    if (current === null) current = word
    else if (length(current) + 1 + length(word) <= maxChars || lines.length + 1 >= maxLines) {
      current += ` ${word}`
    } else {
      lines.push(current)
      current = word
    }
  }
  if (current !== null) lines.push(current)
  return lines
}
