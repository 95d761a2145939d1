// Working without a mouse: screens by Alt+digit, the scan field by F2 or /, Esc to clear, and a scan
// typed while the focus is elsewhere still landing in the scan field.
import { expect, test } from '@playwright/test'
import { openApp, scan, SCREENSHOTS } from './helpers'

test('every screen opens from the keyboard and the scan field is always one key away', async ({ page }) => {
  await openApp(page)
  const input = page.getByTestId('scan-input')

  const screens = [
    'Identify',
    'Bagging',
    'Dispatch',
    'Inbound',
    'Customs',
    'Item history',
    'Labels',
    'EDI messages',
    'Devices',
  ]
  for (const [index, name] of screens.entries()) {
    await page.keyboard.press(`Alt+${index + 1}`)
    await expect(page.getByRole('link', { name: new RegExp(`^${name}`) })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await expect(page.getByRole('heading', { level: 1, name })).toBeAttached()
  }

  // Settings, the tenth screen, has no digit: Alt+0 opens nothing.
  await page.keyboard.press('Alt+0')
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeAttached()
  await expect(page.getByRole('link', { name: /^Settings/ })).not.toHaveAttribute('aria-keyshortcuts', /.+/)

  await page.keyboard.press('Alt+4')
  await expect(page.getByText('This screen is not available in this version of Post Station.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Inbound' })).toBeFocused()
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)

  await page.keyboard.press('F2')
  await expect(input).toBeFocused()
  await input.pressSequentially('RB12')
  await page.keyboard.press('Escape')
  await expect(input).toHaveValue('')

  // Focus on a navigation link, then a scan: the keystrokes go to the scan field, not into the void.
  await page.getByRole('link', { name: /^Identify/ }).focus()
  await page.keyboard.type('RB123456785GB')
  await expect(input).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('result-outcome')).toHaveText('Valid item')

  await page.getByRole('button', { name: 'Clear the list' }).focus()
  await page.keyboard.press('/')
  await expect(input).toBeFocused()
  await expect(input).toHaveValue('')

  // Escape from a button empties a half-typed field and goes back to it.
  await input.pressSequentially('RB1')
  await page.getByRole('button', { name: 'Clear the list' }).focus()
  await page.keyboard.press('Escape')
  await expect(input).toBeFocused()
  await expect(input).toHaveValue('')
})

test('a pasted column of codes is identified in one go', async ({ page }) => {
  await openApp(page)
  const input = page.getByTestId('scan-input')
  // A real paste event, as from a spreadsheet column: one code per line.
  await input.evaluate((element) => {
    const data = new DataTransfer()
    data.setData('text/plain', 'RB123456785GB\r\nRB 123 456 784 GB\r\nFRCDGADZALGDAUN40553006010061\r\n')
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  })
  await expect(input).toHaveValue('RB123456785GB, RB 123 456 784 GB, FRCDGADZALGDAUN40553006010061')
  await input.press('Enter')
  await expect(page.getByTestId('batch-summary')).toHaveText(
    'Codes identified: 3. Valid: 2. With warnings: 0. Not valid: 1. All are in the list below; the last one is shown here.',
  )
  await expect(page.getByTestId('result-kind')).toHaveText('Receptacle (S9)')
  const history = page.getByTestId('history').getByRole('listitem')
  await expect(history).toHaveCount(3)
  await expect(history.nth(0)).toContainText('FRCDGA DZALGD A UN 4 0553 006 0 1 0061')
  await expect(history.nth(1)).toContainText('Not valid')
  await expect(history.nth(2)).toContainText('Valid item')

  // Codes typed with spaces stay one code; two codes on a line are two.
  await scan(page, 'RB 123 456 785 GB')
  await expect(page.getByTestId('result-code')).toHaveText('RB 123 456 785 GB')
  await scan(page, 'RB123456785GB CP987654326CH')
  await expect(page.getByTestId('batch-summary')).toContainText('Codes identified: 2.')

  // A line of the list brings its result back.
  await history.filter({ hasText: 'Not valid' }).getByRole('button').click()
  await expect(page.getByTestId('result-code')).toHaveText('RB 123 456 784 GB')
  await page.getByTestId('history').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOTS}/identify-history.png` })
})

test('an unreachable engine is said in red words and the scanned codes are not lost', async ({ page }) => {
  // Every connection to the engine is refused, as when `station serve` is down, until it comes back.
  let engineDown = true
  await page.routeWebSocket(/\/api$/, (socket) => {
    if (engineDown) socket.close({ code: 1011, reason: 'engine down' })
    else socket.connectToServer()
  })
  await page.goto('/')
  await expect(page.getByTestId('connection')).toHaveText('Station engine: Engine unreachable — retrying')
  await scan(page, 'RB123456785GB')
  const failure = page.getByTestId('engine-failure')
  await expect(failure).toContainText('Not identified: the station engine did not answer')
  await expect(failure).toContainText('The station engine cannot be reached.')
  await expect(failure).toContainText('These codes were not identified: RB123456785GB')
  await expect(page.getByTestId('announcer')).toContainText('Not identified')
  await page.screenshot({ path: `${SCREENSHOTS}/identify-unreachable.png` })

  // The engine comes back: the status says so without a scan, and "Try again" identifies the lost code.
  engineDown = false
  await expect(page.getByTestId('connection')).toHaveText('Station engine: Connected', { timeout: 10_000 })
  await failure.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByTestId('result-outcome')).toHaveText('Valid item')
})
