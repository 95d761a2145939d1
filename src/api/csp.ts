// The Content-Security-Policy every face enforces on the renderer: the Electron window (header and
// meta tag), `station serve` (header) and the built index.html (meta tag, checked by a test).
// No inline script, no eval, no remote origin: the UI talks only to its own engine.
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** Header-only directives (browsers ignore them in a meta tag). */
export const RENDERER_CSP_HEADER = `${RENDERER_CSP}; frame-ancestors 'none'`
