// Shared steps of the end-to-end specs: what a person does (scan, open a screen) and where to look.
import { expect, type Locator, type Page } from '@playwright/test'

export const SCREENSHOTS = 'test-results/screenshots'

/** The value shown next to a field label in the big result panel. */
export function field(page: Page, label: string): Locator {
  return page
    .getByTestId('result')
    .locator('.field')
    .filter({ has: page.locator('dt').getByText(label, { exact: true }) })
    .locator('dd')
}

/** Types a code the way a keyboard-wedge scanner does (keystroke by keystroke, then Enter). */
export async function scan(page: Page, code: string): Promise<void> {
  const input = page.getByTestId('scan-input')
  await expect(input).toBeFocused()
  await input.pressSequentially(code, { delay: 2 })
  await input.press('Enter')
}

export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path)
  await expect(page.getByTestId('connection')).toContainText(/Connected|Connecté|Conectado/)
}
