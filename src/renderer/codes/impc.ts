// Office codes as people type them into a form.

/** An IMPC code as typed: spaces and case forgiven, since people copy it from labels and lists. */
export function normalizeImpc(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase()
}

export function isImpc(code: string): boolean {
  return /^[A-Z]{6}$/.test(code)
}
