// Raw bytes shown to a person diagnosing a device: printable ASCII as is, everything else escaped, so a
// CR-vs-CRLF mix-up or an AIM prefix is visible at a glance.

const NAMED: Record<number, string> = { 0x0d: '\\r', 0x0a: '\\n', 0x09: '\\t', 0x1b: '\\x1b' }

export function escapeBytes(bytes: Buffer, max = 200): string {
  let out = ''
  for (const byte of bytes.subarray(Math.max(0, bytes.length - max))) {
    if (byte === 0x5c) out += '\\\\'
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte)
    else out += NAMED[byte] ?? `\\x${byte.toString(16).padStart(2, '0')}`
  }
  return out
}
