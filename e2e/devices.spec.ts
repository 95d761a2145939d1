// Devices against `station serve --demo` (a simulated scanner and a simulated scale, on port 8791 — see
// playwright.config.ts): the Devices screen shows both Ready with a live weight, the test scan checks a
// code without bagging it, the close dialog takes the scale's stable weight, and a window without the
// focus says it is not ready for a keyboard scanner.
import { expect, test, type Page } from '@playwright/test'
import { openApp, scan, SCREENSHOTS } from './helpers'

test.use({ baseURL: 'http://127.0.0.1:8791' })
test.describe.configure({ mode: 'serial' })

async function signIn(page: Page, operator: string, pin: string): Promise<void> {
  await expect(page.getByLabel('Operator id')).toBeFocused()
  await page.keyboard.type(operator)
  await page.keyboard.press('Tab')
  await page.keyboard.type(pin)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('operator')).toContainText(`(${operator})`)
}

test('the Devices screen shows the simulated scanner and scale Ready, with a live weight', async ({
  page,
}) => {
  await openApp(page, '/#/devices')
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible()

  const scanner = page.getByTestId('device-demo-scanner')
  const scale = page.getByTestId('device-demo-scale')
  await expect(scanner).toHaveAttribute('data-state', 'ready')
  await expect(scale).toHaveAttribute('data-state', 'ready')
  await expect(scanner.getByTestId('device-status')).toHaveText(/^Ready since \d\d:\d\d:\d\d$/)
  await expect(scanner.getByTestId('device-status')).toHaveCSS('color', 'rgb(0, 112, 60)')
  await expect(scanner).toContainText('Barcode scanner')
  await expect(scale).toContainText('Scale')

  // The weight moves: the simulated scale loads a bag, settles, and empties again.
  const weight = scale.getByTestId('scale-weight')
  await expect(weight).toHaveAttribute('data-state', /^(stable|moving)$/, { timeout: 10_000 })
  const first = await weight.locator('.scale-weight-value').textContent()
  await expect(weight.locator('.scale-weight-value')).not.toHaveText(first ?? '', { timeout: 15_000 })
  // The scale's own bytes, escaped so the CR LF shows.
  await expect(scale.getByTestId('device-raw')).toContainText('\\r\\n')

  // A test scan checks the code without putting it in a bag.
  await page.getByLabel(/^Scan or type a code: it is only checked/).fill('RB555000114FR')
  await page.keyboard.press('Enter')
  const result = page.getByTestId('test-result')
  await expect(result).toContainText('RB555000114FR')
  await expect(result).toContainText('A valid item: it would be accepted for bagging')
  // The simulated scanner's reads are checked too, beside the typed test, never instead of it.
  const fromScanner = page.getByTestId('device-scan-result')
  await expect(fromScanner).toContainText('Read by demo-scanner', { timeout: 10_000 })
  await expect(fromScanner).toContainText(/Symbology: \]\w\w|Symbology: not sent/)
  await expect(result).toContainText('RB555000114FR')
  await expect(page.getByTestId('ports')).toBeVisible()
  await page.getByRole('heading', { level: 1, name: 'Devices' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOTS}/devices-screen.png` })
  await page.getByTestId('ports').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOTS}/devices-test-scan-and-ports.png` })

  await page.getByLabel(/^Scan or type a code: it is only checked/).fill('RB555000115FR')
  await page.keyboard.press('Enter')
  await expect(result).toContainText('Not a valid item: Not valid')
})

test('a worker closes a bag with the stable weight of the scale and cannot type one', async ({ page }) => {
  await openApp(page, '/#/bagging')
  await signIn(page, 'wil', '1357')
  await page.keyboard.press('F6')
  const openDialog = page.getByTestId('open-dialog')
  await page.keyboard.type('dzalgd')
  await page.keyboard.press('Enter')
  await expect(openDialog).toBeHidden()
  await scan(page, 'RB555000114FR')

  await page.keyboard.press('F9')
  const closeDialog = page.getByTestId('close-dialog')
  await expect(closeDialog.getByRole('heading', { name: 'Close the receptacle' })).toBeVisible()
  const weight = closeDialog.getByTestId('scale-weight')
  await expect(weight).toBeVisible()
  // Typing a weight is a supervisor's call at a station with a scale, and the dialog says so.
  await expect(closeDialog.getByRole('button', { name: 'Type the weight instead' })).toBeDisabled()
  await expect(closeDialog.getByTestId('type-weight-why')).toHaveText(
    'Only a supervisor or administrator may type a weight while the station has a scale: the weight must come from the scale.',
  )
  await expect(closeDialog.getByLabel(/Gross weight/)).toHaveCount(0)

  // Closing waits for a stable, non-zero weight; the button then says which weight it takes.
  const take = closeDialog.getByRole('button', { name: /^Close (as last )?with \d+(\.\d)? kg$/ })
  await expect(take).toBeEnabled({ timeout: 15_000 })
  await expect(weight).toHaveAttribute('data-state', 'stable')
  await expect(weight).toContainText('Stable')
  await page.screenshot({ path: `${SCREENSHOTS}/devices-close-with-scale.png` })
  const label = (await take.textContent()) ?? ''
  await take.click()

  await expect(closeDialog.getByRole('heading', { name: 'Receptacle closed' })).toBeVisible()
  const kg = Number(/(\d+(?:\.\d)?) kg/.exec(label)?.[1])
  const s9 = (await closeDialog.getByTestId('s9').textContent()) ?? ''
  expect(s9.replace(/ /g, '').slice(-4)).toBe(String(Math.round(kg * 10)).padStart(4, '0'))
  await page.screenshot({ path: `${SCREENSHOTS}/devices-closed-with-scale.png` })
})

test('a supervisor may type the weight instead; the dialog says it is recorded as typed', async ({
  page,
}) => {
  await openApp(page, '/#/bagging')
  await signIn(page, 'ana', '4321')
  await page.keyboard.press('F6')
  await page.keyboard.type('dzalgd')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('open-dialog')).toBeHidden()
  await page.keyboard.press('F9')
  const closeDialog = page.getByTestId('close-dialog')
  await closeDialog.getByRole('button', { name: 'Type the weight instead' }).click()
  await expect(closeDialog).toContainText('A typed weight is recorded as typed, with your name.')
  await closeDialog.getByLabel('Gross weight in kg, typed').fill('4,2')
  await page.screenshot({ path: `${SCREENSHOTS}/devices-close-typed.png` })
  await closeDialog.getByRole('button', { name: /^Close (the receptacle|as last of the dispatch)$/ }).click()
  await expect(closeDialog.getByRole('heading', { name: 'Receptacle closed' })).toBeVisible()
  await expect(closeDialog.getByTestId('s9')).toHaveText(/ 0042$/)
})

test('a window without the focus says it is not ready for a keyboard scanner', async ({ page }) => {
  await openApp(page, '/#/identify')
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
  const banner = page.getByTestId('wedge-not-ready')
  await expect(banner).toContainText('NOT READY — this window does not have the focus')
  await expect(banner).toHaveCSS('background-color', 'rgb(177, 14, 30)')
  await page.screenshot({ path: `${SCREENSHOTS}/devices-wedge-not-ready.png` })
  await banner.click()
  await expect(banner).toBeHidden()
  await expect(page.getByTestId('scan-input')).toBeFocused()

  // A scanner burst typed while a button has the focus still reaches Identify, read by key position.
  await page
    .getByRole('button', { name: /Identify/ })
    .first()
    .focus()
  await page.keyboard.type('RB555000114FR', { delay: 3 })
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('result-outcome')).toHaveText('Valid item')

  // The same scanner on a PC set to AZERTY: the digits arrive as &é"'(-è_çà, the codes say which keys.
  await page
    .getByRole('button', { name: /Identify/ })
    .first()
    .focus()
  await page.evaluate(() => {
    const azerty: Record<string, string> = { '0': 'à', '1': '&', '2': 'é', '3': '"', '4': "'", '7': 'è' }
    const press = (key: string, code: string, shiftKey = false): void => {
      document.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key, code, shiftKey, bubbles: true, cancelable: true }),
      )
    }
    for (const ch of 'LA300012347FR') {
      if (/[A-Z]/.test(ch)) press(ch === 'A' ? 'Q' : ch, ch === 'A' ? 'KeyA' : `Key${ch}`, true)
      else press(azerty[ch] ?? ch, `Digit${ch}`)
    }
    press('Enter', 'Enter')
  })
  await expect(page.getByTestId('result')).toContainText('LA 300 012 347 FR')
  await expect(page.getByTestId('result-outcome')).toHaveText('Valid item')
})

test('Settings: a worker is told why the devices cannot be changed; a supervisor adds a simulated scale', async ({
  page,
}) => {
  await openApp(page, '/#/bagging')
  await signIn(page, 'wil', '1357')
  await page.getByRole('link', { name: /^Settings/ }).click()
  const form = page.locator('.device-settings')
  await expect(form.getByRole('heading', { name: 'Scanners and scales of this station' })).toBeVisible()
  await expect(form.getByTestId('device-config-why')).toHaveText(
    'You are signed in as Sorting worker: only a supervisor, exchange office staff member or administrator may change the devices.',
  )
  await expect(form.getByRole('button', { name: 'Save the devices' })).toBeDisabled()
  await expect(page.getByTestId('wedge-settings')).toContainText('Keyboard scanner (keyboard wedge)')

  await page.getByTestId('operator').getByRole('button').first().click()
  await page.keyboard.press('Alt+2')
  await signIn(page, 'ana', '4321')
  await page.getByRole('link', { name: /^Settings/ }).click()
  await form.getByRole('button', { name: 'Add a serial scanner' }).click()
  const draft = form.locator('.device-draft').last()
  await draft.getByLabel('Port (path)').fill('')
  await form.getByRole('button', { name: 'Save the devices' }).click()
  await expect(form.getByTestId('device-config-problems')).toContainText(
    'Not saved: check scanner-1 — Port (path).',
  )
  await draft.getByRole('button', { name: 'Remove' }).click()
  await expect(form.getByTestId('device-config-problems')).toHaveCount(0)

  await form.getByRole('button', { name: 'Add a simulated scale' }).click()
  await form.locator('.device-draft').last().scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOTS}/devices-settings.png` })
  await form.getByRole('button', { name: 'Save the devices' }).click()
  await expect(form).toContainText('Saved: the station engine now uses these devices.')

  await page.keyboard.press('Alt+9')
  await expect(page.getByTestId('device-sim-scale-1')).toHaveAttribute('data-state', 'ready', {
    timeout: 10_000,
  })
})

test.describe('Français', () => {
  test.use({ locale: 'fr-FR' })

  test('the Devices screen and the close dialog in French', async ({ page }) => {
    await openApp(page, '/#/devices')
    await expect(page.getByRole('heading', { level: 1, name: 'Appareils' })).toBeVisible()
    await expect(page.getByTestId('device-demo-scanner')).toContainText('Lecteur de codes-barres')
    await expect(page.getByTestId('device-demo-scale')).toContainText('Balance')
    await expect(page.getByTestId('device-demo-scanner').getByTestId('device-status')).toHaveText(
      /^Prêt depuis \d\d:\d\d:\d\d$/,
    )
    await page.screenshot({ path: `${SCREENSHOTS}/devices-screen-fr.png` })
  })
})
