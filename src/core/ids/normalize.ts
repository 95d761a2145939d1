// `]` + symbology letter + modifier, as scanners configured for AIM identifiers send before the data.
const AIM_PREFIX = /^\][A-Za-z][0-9A-Za-z]/
const SPACING = /[\s-]+/g
const EDGE_NUL = /^\0+|\0+$/g
const ASCII_LOWER = /[a-z]+/g

function pass(text: string): { text: string; symbology: string | null } {
  const compact = text.replace(SPACING, '').replace(EDGE_NUL, '')
  const aim = AIM_PREFIX.exec(compact)
  const rest = aim ? compact.slice(aim[0].length) : compact
  // Only ASCII is upper-cased: toUpperCase() would turn look-alikes such as 'ı' or 'ſ' into valid letters and
  // hide them from the `characters` check.
  return { text: rest.replace(ASCII_LOWER, (s) => s.toUpperCase()), symbology: aim ? aim[0] : null }
}

/**
 * Turns what a scanner or a keyboard delivered into the bare identifier: drops an AIM symbology prefix
 * (reported in `symbology`), all whitespace (CR/LF/TAB included), hyphens and surrounding NULs, and
 * upper-cases ASCII letters. Anything else stays, so the identifier check can point at it.
 */
export function normalizeCode(raw: string): { normalized: string; symbology: string | null } {
  // Repeat until nothing changes so that normalising twice gives the same result: removing spaces can bring
  // a `]C0` or a NUL to the front, and a misconfigured scanner chain can stack two prefixes.
  let symbology: string | null = null
  let text = raw
  for (;;) {
    const next = pass(text)
    symbology ??= next.symbology
    if (next.text === text) return { normalized: text, symbology }
    text = next.text
  }
}
