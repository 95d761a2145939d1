// Serves the built renderer from `app://station/`, not file://. Under file:// every local file shares
// one origin, so the CSP's 'self' would admit any file on the disk and the IPC sender check could not
// tell our page from another local HTML file; and file:// responses carry no headers, so the CSP could
// only be a meta tag (which cannot hold frame-ancestors). A privileged standard scheme gives the page
// a real origin of its own, and every response passes through here to get the CSP header.
import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import type { Protocol } from 'electron'
import { securityHeaders } from './security'

export const APP_SCHEME = 'app'
export const APP_HOST = 'station'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.txt': 'text/plain; charset=utf-8',
}

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: a real origin and relative URLs; secure: treated like https (module scripts, crypto).
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondFromRenderer(rendererDir, request))
}

/** The file a request maps to inside `rendererDir`, or null when it points anywhere else. */
export function rendererFileFor(rendererDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let path: string
  try {
    // Decoded after URL parsing, so `%2e%2e%2f` arrives here as `../` and meets the check below.
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\')) return null
  const root = resolve(rendererDir)
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`)
  return file.startsWith(root + sep) ? file : null
}

export async function respondFromRenderer(rendererDir: string, request: Request): Promise<Response> {
  const headers = securityHeaders()
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers })
  }
  const file = rendererFileFor(rendererDir, request.url)
  if (!file) return new Response('Forbidden', { status: 403, headers })
  let body: Buffer
  try {
    body = await readFile(file)
  } catch {
    return new Response('Not found', { status: 404, headers })
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...headers, 'Content-Type': type },
  })
}
