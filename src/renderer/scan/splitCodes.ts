// What the person typed, scanned or pasted, cut into the codes to identify. New lines, tabs, commas and
// semicolons always separate codes. Spaces are ambiguous: people type `RB 123 456 785 GB` as one code
// but paste `RB123456785GB CP987654326CH` as two. So the space-separated pieces of a line are grouped
// into codes of the lengths UPU identifiers have, preferring fewer, longer codes.

/** S10 item, S8 dispatch, S9 receptacle, IMPC office. */
const CODE_LENGTHS = new Set([13, 20, 29, 6])
const AIM_PREFIX = /^\][A-Za-z][0-9A-Za-z]/

/** Length as the engine will see it: no hyphens, no scanner symbology prefix. */
function effectiveLength(piece: string): number {
  return piece.replace(AIM_PREFIX, '').replace(/-/g, '').length
}

function splitLine(line: string): string[] {
  const pieces = line.split(/ +/).filter(Boolean)
  if (pieces.length <= 1) return pieces
  // best[i]: the fewest codes covering pieces[i..], or null when they cannot all be whole codes.
  const best: (string[] | null)[] = new Array(pieces.length + 1).fill(null)
  best[pieces.length] = []
  for (let i = pieces.length - 1; i >= 0; i--) {
    let length = 0
    for (let j = i; j < pieces.length; j++) {
      length += effectiveLength(pieces[j] as string)
      if (length > 29) break
      const rest = best[j + 1]
      if (!CODE_LENGTHS.has(length) || !rest) continue
      const candidate = [pieces.slice(i, j + 1).join(' '), ...rest]
      const current = best[i]
      if (!current || candidate.length < current.length) best[i] = candidate
    }
  }
  const whole = best[0]
  if (whole) return whole
  // No reading into whole codes: several long pieces are several (faulty) codes, whereas short pieces
  // are one mistyped code, better reported once ("wrong length") than as five fragments.
  return pieces.every((piece) => effectiveLength(piece) >= 6) ? pieces : [pieces.join(' ')]
}

export function splitCodes(text: string): string[] {
  return text
    .split(/[\r\n\t,;]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap(splitLine)
}
