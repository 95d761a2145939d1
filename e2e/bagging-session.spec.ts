// Who may act at the Bagging screen, against the real engine: the set-up panel of a station without an
// office (the engine's answer to `station.status` is rewritten on the wire; everything else is real),
// and a session the engine has ended sending the person back to sign in, told why.
import { expect, test } from '@playwright/test'
import { openApp, SCREENSHOTS } from './helpers'

interface Frame {
  type: string
  id?: number
  command?: string
  ok?: boolean
  output?: { session?: string; office?: unknown }
}

test('a station without an office explains the set-up, and the engine refuses a second one in words', async ({
  page,
}) => {
  const statusRequests = new Set<number>()
  await page.routeWebSocket(/\/api$/, (ws) => {
    const server = ws.connectToServer()
    ws.onMessage((message) => {
      const frame = JSON.parse(String(message)) as Frame
      if (frame.command === 'station.status' && frame.id !== undefined) statusRequests.add(frame.id)
      server.send(message)
    })
    server.onMessage((message) => {
      const frame = JSON.parse(String(message)) as Frame
      if (frame.type === 'response' && frame.ok && frame.output && statusRequests.has(frame.id ?? -1)) {
        ws.send(JSON.stringify({ ...frame, output: { office: null } }))
      } else ws.send(message)
    })
  })

  await openApp(page, '/#/bagging')
  const setup = page.getByTestId('setup')
  await expect(setup.getByRole('heading', { name: 'Set up this station' })).toBeVisible()
  await expect(setup).toContainText(
    'The office is the origin of every dispatch and receptacle the station opens',
  )
  const impc = setup.getByLabel('Office of exchange (IMPC code, 6 letters)')
  await expect(impc).toBeFocused()

  // Typed as people type it; checked against the IMPC list before anything is sent.
  await page.keyboard.type('fr cdg')
  await expect(impc).toHaveValue('FRCDG')
  await page.keyboard.press('Enter')
  await expect(setup).toContainText('An IMPC code has 6 letters')
  await page.keyboard.type('a')
  await expect(setup).toContainText('In the IMPC code list: Roissy courrier international.')
  await setup.getByLabel('Office name (optional)').fill('Roissy CDG')
  await page.screenshot({ path: `${SCREENSHOTS}/bagging-setup.png` })

  // This engine is already set up: it says so, and the panel shows its sentence.
  await setup.getByRole('button', { name: 'Set up the station' }).click()
  await expect(setup.getByTestId('problem')).toContainText('This station is already set up as office FRCDGA.')
})

test('a session the engine has ended returns to sign-in, with the reason in words', async ({ page }) => {
  let token: string | null = null
  await page.routeWebSocket(/\/api$/, (ws) => {
    const server = ws.connectToServer()
    server.onMessage((message) => {
      const frame = JSON.parse(String(message)) as Frame
      if (frame.type === 'response' && frame.output?.session) token = frame.output.session
      ws.send(message)
    })
  })

  await openApp(page, '/#/bagging')
  await page.getByLabel('Operator id').fill('wil')
  await page.getByLabel('PIN').fill('1357')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByTestId('operator')).toContainText('Wil Dupont (wil)')
  await expect.poll(() => token).not.toBeNull()

  // Another client ends the session at the engine, as an engine restart or a supervisor would.
  await page.evaluate(async (session) => {
    const socket = new WebSocket(`ws://${location.host}/api`)
    await new Promise((resolve) => socket.addEventListener('open', resolve))
    const answered = new Promise((resolve) => socket.addEventListener('message', resolve))
    socket.send(JSON.stringify({ type: 'request', id: 1, command: 'session.signOut', input: { session } }))
    await answered
    socket.close()
  }, token)

  const input = page.getByTestId('scan-input')
  await input.fill('RB555000114FR')
  await input.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Sign in to bag items' })).toBeVisible()
  await expect(page.getByTestId('problem')).toContainText(
    'You were signed out: the station engine no longer accepts your session. Sign in again.',
  )
  await expect(page.getByTestId('operator')).toHaveCount(0)
  await expect(page.getByLabel('Operator id')).toBeFocused()
})
