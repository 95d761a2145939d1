// When no installed font has a character, the operator needs to know which characters and what to
// install. Debian package names, since that is what stations run; any font with the script will do.

interface ScriptHint {
  /** Unicode script property value. */
  script: string
  /** How an operator calls those characters. */
  name: string
  /** A Debian package with a font for them. */
  pkg: string
}

const HINTS: ScriptHint[] = [
  { script: 'Han', name: 'Chinese', pkg: 'fonts-wqy-microhei' },
  { script: 'Hiragana', name: 'Japanese', pkg: 'fonts-noto-cjk' },
  { script: 'Katakana', name: 'Japanese', pkg: 'fonts-noto-cjk' },
  { script: 'Hangul', name: 'Korean', pkg: 'fonts-noto-cjk' },
  { script: 'Thai', name: 'Thai', pkg: 'fonts-thai-tlwg' },
  { script: 'Devanagari', name: 'Devanagari', pkg: 'fonts-noto-core' },
  { script: 'Bengali', name: 'Bengali', pkg: 'fonts-noto-core' },
  { script: 'Tamil', name: 'Tamil', pkg: 'fonts-noto-core' },
  { script: 'Ethiopic', name: 'Ethiopic (Amharic)', pkg: 'fonts-noto-core' },
  { script: 'Khmer', name: 'Khmer', pkg: 'fonts-noto-core' },
  { script: 'Myanmar', name: 'Myanmar', pkg: 'fonts-noto-core' },
  { script: 'Sinhala', name: 'Sinhala', pkg: 'fonts-noto-core' },
  { script: 'Arabic', name: 'Arabic', pkg: 'fonts-noto-core' },
  { script: 'Hebrew', name: 'Hebrew', pkg: 'fonts-noto-core' },
  { script: 'Cyrillic', name: 'Cyrillic', pkg: 'fonts-dejavu-core' },
  { script: 'Greek', name: 'Greek', pkg: 'fonts-dejavu-core' },
  { script: 'Latin', name: 'Latin', pkg: 'fonts-dejavu-core' },
]

const PATTERNS = HINTS.map((h) => ({ ...h, re: new RegExp(`\\p{Script=${h.script}}`, 'u') }))

/** "No installed font can draw 北京: install a font with Chinese characters (e.g. fonts-wqy-microhei)". */
export function missingFontMessage(chars: string[]): string {
  const needs: string[] = []
  for (const c of chars) {
    const hint = PATTERNS.find((p) => p.re.test(c))
    const need = hint
      ? `${hint.name} characters (e.g. ${hint.pkg})`
      : 'these characters (e.g. fonts-noto-core)'
    if (!needs.includes(need)) needs.push(need)
  }
  return `No installed font can draw ${chars.join('')}: install a font with ${needs.join(', and one with ')}`
}
