// Normalised codes grouped for reading aloud and comparing with a label, the way they are printed:
// S10 `RB 123 456 785 GB`; S8 and S9 by their fields `FRCDGA DZALGD A UN 4 0553 006 0 1 0061`.

const GROUPS: Record<number, readonly number[]> = {
  13: [2, 3, 3, 3, 2],
  20: [6, 6, 1, 2, 1, 4],
  29: [6, 6, 1, 2, 1, 4, 3, 1, 1, 4],
}

export function groupCode(normalized: string): string {
  const chars = Array.from(normalized)
  const sizes = GROUPS[chars.length]
  if (!sizes) return normalized
  const parts: string[] = []
  let at = 0
  for (const size of sizes) {
    parts.push(chars.slice(at, at + size).join(''))
    at += size
  }
  return parts.join(' ')
}
