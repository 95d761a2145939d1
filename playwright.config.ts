// End-to-end tests: Debian's chromium drives the built renderer served by `station serve`, talking to
// a real engine over the WebSocket contract. Playwright never downloads a browser here.
import { defineConfig } from '@playwright/test'

const PORT = 8790
/** A second station served with `--demo` (simulated scanner and scale), for the devices specs only. */
export const DEMO_PORT = 8791

const station = (port: number, demo: boolean) => ({
  // A fresh station (office, operators, manifest) in a temporary folder for every run.
  command: 'node e2e/fixtures/serve-station.mjs',
  env: { STATION_E2E_PORT: String(port), STATION_E2E_DEMO: demo ? '1' : '0' },
  url: `http://127.0.0.1:${port}`,
  reuseExistingServer: false,
  timeout: 30_000,
  // SIGTERM rather than a kill, so the script removes its data folder after the engine stops.
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
})

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    // Fixed so the default language (taken from the browser) does not depend on the machine.
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
    // Evidence for a failure on CI, where nobody watches the browser.
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [station(PORT, false), station(DEMO_PORT, true)],
})
