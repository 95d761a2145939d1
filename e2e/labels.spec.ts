// Labels against a real engine whose default printer is simulated (e2e/fixtures/serve-station.mjs): a
// supervisor closes a bag for London and sees its label drawn at once and then printed, prints it again
// with a reason (a second job, pointing at the first), and finds both on the Labels screen with their
// previews; the printers are checked, added, refused in words and removed there.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { openApp, scan, SCREENSHOTS } from './helpers'

// One station for the whole file: the Labels screen finds the jobs the first test made.
test.describe.configure({ mode: 'serial' })

const GREEN = 'rgb(0, 112, 60)'
const RED = 'rgb(177, 14, 30)'
/** A registered letter no other spec scans (not pre-advised; London requires no advance data). */
const LETTER = 'RB555000128FR'
/** Closed with 1.2 kg by the first test; read back from its dialog. */
let s9 = ''

async function signIn(page: Page, operator: string, pin: string): Promise<void> {
  await expect(page.getByLabel(/^(Operator id|Identifiant d'opérateur)$/)).toBeFocused()
  await page.keyboard.type(operator)
  await page.keyboard.press('Tab')
  await page.keyboard.type(pin)
  await page.keyboard.press('Enter')
}

/** The preview image of a label, checked to be a real PNG drawn at a readable size. */
async function expectPreview(where: Locator, subject: string): Promise<void> {
  const image = where.getByTestId('label-preview').getByRole('img')
  await expect(image).toHaveAttribute('alt', `Receptacle label ${subject}, as the printer draws it`)
  await expect(image).toHaveAttribute('src', /^data:image\/png;base64,/)
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500)
  expect((await image.boundingBox())?.width ?? 0).toBeGreaterThan(350)
}

test('a closed bag’s label is shown at once, prints, and prints again only after asking why', async ({
  page,
}) => {
  await openApp(page, '/#/bagging')
  await signIn(page, 'ana', '4321')
  await expect(page.getByTestId('scan-input')).toBeFocused()

  await page.keyboard.press('F6')
  await page.keyboard.type('GBLHRA')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('open-dialog')).toBeHidden()
  await scan(page, LETTER)
  await expect(page.getByTestId('scan-banner-outcome')).toHaveText('Accepted')

  await page.keyboard.press('F8')
  const dialog = page.getByTestId('close-dialog')
  await expect(dialog.getByRole('heading', { name: 'Close the receptacle' })).toBeVisible()
  await page.keyboard.type('1,2')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('heading', { name: 'Receptacle closed' })).toBeVisible()
  s9 = (await dialog.getByTestId('s9').textContent()) ?? ''
  expect(s9).toMatch(/^FRCDGA GBLHRA A UN \d \d{4} 001 0 1 0012$/)

  // The label beside the bag: its preview from the moment it is queued, then "printed" in green.
  const panel = dialog.getByTestId('label-panel')
  await expectPreview(dialog, s9)
  const state = panel.getByTestId('label-state')
  await expect(state).toHaveAttribute('data-state', 'printed', { timeout: 15_000 })
  await expect(state).toHaveText(/^Printed at \d\d:\d\d:\d\d$/)
  await expect(state).toHaveCSS('color', GREEN)
  await expect(panel.getByRole('button', { name: /Print label again/ })).toHaveAttribute(
    'aria-keyshortcuts',
    'F10',
  )
  await page.screenshot({ path: `${SCREENSHOTS}/labels-bagging-closed.png` })
  const first = Number(/\d+/.exec((await panel.getByTestId('label-job').textContent()) ?? '')?.[0])

  // F10 asks first: the first label may already be on the bag. Esc leaves everything as it was.
  await page.keyboard.press('F10')
  const reprint = page.getByTestId('reprint-dialog')
  await expect(reprint.getByRole('heading', { name: 'Print this label again?' })).toBeVisible()
  await expect(reprint).toContainText('The first one may already be on a bag.')
  await expect(reprint).toContainText(s9)
  await expect(reprint.getByLabel('Why? (optional)')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(reprint).toBeHidden()
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeFocused()
  await expect(panel.getByTestId('label-job')).toHaveText(`Job ${first}`)

  await page.keyboard.press('F10')
  await expect(reprint.getByLabel('Why? (optional)')).toBeFocused()
  await page.keyboard.type('torn on the conveyor')
  await page.screenshot({ path: `${SCREENSHOTS}/labels-reprint-dialog.png` })
  await page.keyboard.press('Enter')
  await expect(reprint).toBeHidden()
  await expect(panel.getByTestId('label-job')).toHaveText(`Job ${first + 1} · Reprint of job ${first}`)
  await expect(state).toHaveAttribute('data-state', 'printed', { timeout: 15_000 })

  // Done: the label stays beside the scan field, with its key.
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('notice')).toHaveText(`Printing again as job ${first + 1}.`)
  const last = page.getByTestId('last-label')
  await expect(last).toContainText(s9)
  await expect(last.getByTestId('label-state')).toHaveText(/^Printed at /)
  const again = last.getByRole('button', { name: 'Print label again' })
  await expect(again).toBeEnabled()
  await expect(again).toContainText('F10')
  await page.screenshot({ path: `${SCREENSHOTS}/labels-bagging-side.png` })
})

test('the Labels screen: the queue with both jobs and their previews, the printers checked and changed', async ({
  page,
}) => {
  expect(s9, 'the first test closed a receptacle').not.toBe('')
  await openApp(page, '/#/bagging')
  await signIn(page, 'ana', '4321')
  await page.keyboard.press('Alt+7')
  await expect(page.getByRole('heading', { level: 1, name: 'Labels' })).toBeFocused()

  // The printers now: the simulated default printer is ready.
  const strip = page.getByTestId('printer-strip')
  await expect(strip.locator('[data-state="ready"]').first()).toContainText('Ready')

  // The queue, newest first: the reprint, then the label it repeats; both printed.
  const rows = page.getByTestId('job-list').getByRole('listitem').filter({ hasText: s9 })
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toHaveAttribute('data-state', 'printed')
  await expect(rows.nth(0)).toContainText(/Printed at \d\d:\d\d:\d\d/)
  const reprintOf = rows.nth(0).getByRole('button', { name: /^Reprint of job \d+$/ })
  const firstJob = Number(/\d+/.exec((await reprintOf.textContent()) ?? '')?.[0])

  // The newest label is shown large, readable, with what may be done with it.
  const detail = page.getByTestId('job-detail')
  await expect(detail.getByTestId('job-subject')).toHaveText(s9)
  await expect(detail.getByTestId('job-state')).toHaveCSS('color', GREEN)
  await expect(detail.getByRole('button', { name: 'Print again' })).toBeEnabled()
  await expectPreview(detail, s9)
  await page.screenshot({ path: `${SCREENSHOTS}/labels-screen.png` })

  // The reprint links to the first job.
  await reprintOf.click()
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(`Receptacle label Job ${firstJob}`)
  await expect(rows.nth(1).getByRole('button').first()).toHaveAttribute('aria-pressed', 'true')
  await expectPreview(detail, s9)

  // Printers: checked on demand; a new one is refused field by field, then saved, found offline, removed.
  const printers = page.getByTestId('printers')
  const fallback = printers.locator('article').filter({ hasText: 'Default' })
  await fallback.getByRole('button', { name: 'Check now' }).click()
  await expect(fallback.getByTestId('printer-condition')).toHaveText('Ready')
  await printers.getByRole('button', { name: 'Add a printer' }).click()
  const form = page.getByTestId('printer-form')
  await expect(form.getByLabel('Printer id')).toBeFocused()
  await expect(form).toContainText('tcp:HOST[:PORT], serial:PATH[@BAUD], usb:/dev/usb/lpN or sim:NAME')
  await form.getByLabel('Printer id').fill('oe desk')
  await form.getByLabel('Address').fill('http://10.0.4.22')
  await form.getByRole('button', { name: 'Save the printer' }).click()
  await expect(form.getByTestId('printer-form-problems')).toHaveText(
    'Not saved: check Printer id, Name shown on screen, Address.',
  )
  await form.getByLabel('Printer id').fill('oe-desk')
  await form.getByLabel('Name shown on screen').fill('OE desk')
  // Nothing listens on port 9 of this machine: the printer is there, and said to be unreachable.
  await form.getByLabel('Address').fill('tcp:127.0.0.1:9')
  await form.getByLabel('300 dpi (12 dots per mm)').check()
  await expect(form.getByRole('checkbox')).not.toBeChecked()
  await form.getByRole('button', { name: 'Save the printer' }).click()
  await expect(form).toBeHidden()
  await expect(printers).toContainText('Saved: OE desk.')
  const desk = page.getByTestId('printer-oe-desk')
  await expect(desk).toContainText('300 dpi (12 dots per mm)')
  await desk.getByRole('button', { name: 'Check now' }).click()
  await expect(desk.getByTestId('printer-condition')).toHaveText(/^Offline: /, { timeout: 10_000 })
  await expect(desk.getByTestId('printer-condition')).toHaveCSS('color', RED)
  await desk.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOTS}/labels-printers.png` })
  await desk.getByRole('button', { name: 'Remove' }).click()
  await expect(desk).toContainText('Remove the printer OE desk from this station?')
  await desk.getByRole('button', { name: 'Remove it' }).click()
  await expect(desk).toHaveCount(0)
})

test('a worker sees the labels but may not change the printers; signed out, the screen says how to act', async ({
  page,
}) => {
  await openApp(page, '/#/labels')
  await expect(page.getByRole('heading', { level: 1, name: 'Labels' })).toBeVisible()
  await expect(page.getByTestId('labels-sign-in')).toHaveText(
    'To print a label again, say that it printed, stop it, or change the printers, sign in on the Bagging screen (Alt+2).',
  )
  await expect(page.getByTestId('job-sign-in')).toBeVisible()
  await expect(page.getByTestId('job-detail').getByRole('button', { name: 'Print again' })).toHaveCount(0)

  await page.keyboard.press('Alt+2')
  await signIn(page, 'wil', '1357')
  await page.keyboard.press('Alt+7')
  await expect(page.getByTestId('printers-why')).toHaveText(
    'You are signed in as Sorting worker: only a supervisor, exchange office staff member or administrator may add, change or remove printers.',
  )
  await expect(page.getByRole('button', { name: 'Add a printer' })).toHaveCount(0)
  // Anyone signed in may print a label again: the engine records who and why.
  await expect(page.getByTestId('job-detail').getByRole('button', { name: 'Print again' })).toBeEnabled()
})

test.describe('Français', () => {
  test.use({ locale: 'fr-FR' })

  test('the Labels screen in French', async ({ page }) => {
    await openApp(page, '/#/labels')
    await expect(page.getByRole('heading', { level: 1, name: 'Étiquettes' })).toBeVisible()
    await expect(page.getByTestId('printer-strip')).toContainText('Prête')
    const detail = page.getByTestId('job-detail')
    await expect(detail).toContainText('Étiquette de récipient')
    await expect(detail.getByTestId('job-state')).toHaveText(/^Imprimée à \d\d:\d\d:\d\d$/)
    await expect(detail.getByTestId('label-preview').getByRole('img')).toHaveAttribute(
      'alt',
      /^Étiquette de récipient FRCDGA GBLHRA .+, telle que l’imprimante la dessine$/,
    )
    await page.screenshot({ path: `${SCREENSHOTS}/labels-screen-fr.png` })
  })
})
