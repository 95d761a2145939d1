// Which URLs belong to the app. Node's WHATWG URL gives custom schemes such as `app:` an opaque origin
// (`"null"`), so `url.origin` cannot tell `app://station` from anything else: compare scheme and host.

/** `scheme://host[:port]` of a URL, or null when it has no host (file:, data:, about:) or does not parse. */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  return parsed.host ? `${parsed.protocol}//${parsed.host}` : null
}

export function isOnOrigin(url: string, origin: string): boolean {
  return originOf(url) === origin
}
