// The Bagging screen against a real engine (e2e/fixtures/serve-station.mjs: Roissy CDG, operators ana
// and wil, a pre-advice manifest): a supervisor opens a letter bag for Algiers, scans items into it and
// sees each outcome in words and colour, a second station's scan shows up live, and closing the bag as
// the last of its dispatch gives an S9 id that the Identify screen reads back field by field.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { field, openApp, scan, SCREENSHOTS } from './helpers'

// One station for the whole file: the French test finds what the first one left (a closed dispatch).
test.describe.configure({ mode: 'serial' })

const GREEN = 'rgb(0, 112, 60)'
const AMBER = 'rgb(243, 162, 0)'
const RED = 'rgb(177, 14, 30)'

async function signIn(page: Page, operator: string, pin: string): Promise<void> {
  await expect(page.getByLabel(/^(Operator id|Identifiant d'opérateur)$/)).toBeFocused()
  await page.keyboard.type(operator)
  await page.keyboard.press('Tab')
  await page.keyboard.type(pin)
  await page.keyboard.press('Enter')
}

/** Checks the big banner: the outcome in words, its colour, and the item as printed. */
async function expectBanner(page: Page, outcome: string, words: string, colour: string): Promise<Locator> {
  const banner = page.getByTestId('scan-banner')
  await expect(banner).toHaveAttribute('data-outcome', outcome)
  await expect(page.getByTestId('scan-banner-outcome')).toHaveText(words)
  await expect(banner.locator('.result-head')).toHaveCSS('background-color', colour)
  return banner
}

test('a supervisor bags letters for Algiers, sees every outcome in words and colour, and closes the dispatch', async ({
  page,
  browser,
  baseURL,
}) => {
  await openApp(page, '/#/bagging')
  await expect(page.getByRole('heading', { level: 2, name: 'Sign in to bag items' })).toBeVisible()
  await expect(page.getByTestId('office')).toHaveText('Office FRCDGA Roissy CDG')

  // A wrong PIN is said in words; the PIN field is emptied for the second try.
  await signIn(page, 'ana', '0000')
  await expect(page.getByTestId('problem')).toContainText(
    'Not signed in: this operator id and PIN do not match an operator of this station.',
  )
  await expect(page.getByLabel('PIN')).toBeFocused()
  await expect(page.getByLabel('PIN')).toHaveValue('')
  await page.screenshot({ path: `${SCREENSHOTS}/bagging-sign-in.png` })
  await page.keyboard.type('4321')
  await page.keyboard.press('Enter')

  await expect(page.getByTestId('operator')).toContainText('Ana Martins (ana)')
  await expect(page.getByTestId('operator')).toContainText('Supervisor')
  const input = page.getByTestId('scan-input')
  await expect(input).toBeFocused()
  const current = page.getByTestId('current-receptacle')
  await expect(current).toContainText('No receptacle is current.')

  // F6: open a receptacle for Algiers letters, category A, subclass UN.
  await page.keyboard.press('F6')
  const openDialog = page.getByTestId('open-dialog')
  await expect(openDialog.getByRole('heading', { name: 'Open a receptacle' })).toBeVisible()
  await expect(openDialog.getByLabel('Destination office of exchange (IMPC)')).toBeFocused()
  await page.keyboard.type('dzalgd')
  await expect(openDialog.getByLabel('Destination office of exchange (IMPC)')).toHaveValue('DZALGD')
  await expect(openDialog).toContainText('In the IMPC code list: Alger CTNI lettres (LC).')
  await expect(openDialog.getByRole('radio', { name: /^A\s*Priority mail or airmail$/ })).toBeChecked()
  await expect(openDialog.getByLabel('Mail subclass')).toHaveValue('UN')
  await page.screenshot({ path: `${SCREENSHOTS}/bagging-open-dialog.png` })
  await page.keyboard.press('Enter')
  await expect(openDialog).toBeHidden()

  await expect(input).toBeFocused()
  await expect(page.getByTestId('receptacle-destination')).toHaveText(
    /To\s*DZALGD\s*Alger CTNI lettres \(LC\)/,
  )
  await expect(current).toContainText('Priority mail or airmail')
  await expect(current).toContainText('Letter post, ordinary (mixed)')
  // A fresh station: the first dispatch of the series, its first receptacle.
  await expect(page.getByTestId('receptacle-dispatch')).toHaveText('1')
  await expect(page.getByTestId('receptacle-s8')).toHaveText(/^FRCDGA DZALGD A UN \d 0001$/)
  await expect(page.getByTestId('receptacle-serial')).toHaveText('No. 1')
  await expect(page.getByTestId('receptacle-items')).toHaveText('0')
  await expect(page.getByTestId('open-receptacles').getByRole('button')).toHaveCount(1)

  // Accepted: green, the good words, the item as printed on its label.
  await scan(page, 'RB555000114FR')
  await expectBanner(page, 'accepted', 'Accepted', GREEN)
  await expect(page.getByTestId('scan-banner-code')).toHaveText('RB 555 000 114 FR')
  await expect(page.getByTestId('receptacle-items')).toHaveText('1')
  await expect(page.getByTestId('receptacle-weight')).toContainText('0.3 kg of 30.0 kg')
  await expect(page.getByTestId('announcer')).toHaveText('Accepted. RB 555 000 114 FR')

  // The same item again: amber, one membership, nothing changed.
  await scan(page, 'RB555000114FR')
  await expectBanner(page, 'duplicate', 'Already in this receptacle', AMBER)
  await expect(page.getByTestId('receptacle-items')).toHaveText('1')

  // A parcel into a letter bag, and a letter for London into the Algiers bag: both mis-sorts, in red.
  await scan(page, 'CP200030008FR')
  await expectBanner(page, 'missort', 'Wrong receptacle (mis-sort)', RED)
  await expect(page.getByTestId('scan-banner-reason')).toContainText('parcel post')
  await scan(page, 'UA400056782FR')
  await expectBanner(page, 'missort', 'Wrong receptacle (mis-sort)', RED)
  await expect(page.getByTestId('scan-banner-reason')).toContainText('GBLHRA')
  await expect(page.getByTestId('announcer')).toContainText('Wrong receptacle (mis-sort). UA 400 056 782 FR.')

  // A wrong check digit: the code is shown exactly as scanned.
  await scan(page, 'RB555000115FR')
  const banner = await expectBanner(page, 'invalid_id', 'Not a valid item identifier', RED)
  await expect(banner).toContainText('RB555000115FR')
  await expect(page.getByTestId('receptacle-items')).toHaveText('1')

  // The supervisor takes back an accepted scan with Ctrl+Z.
  await scan(page, 'LA300012347FR')
  await expectBanner(page, 'accepted', 'Accepted', GREEN)
  await expect(page.getByTestId('receptacle-items')).toHaveText('2')
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('notice')).toHaveText(
    'Scan undone: LA 300 012 347 FR is no longer in the receptacle.',
  )
  await expect(page.getByTestId('receptacle-items')).toHaveText('1')

  const log = page.getByTestId('scan-log').getByRole('listitem')
  await expect(log).toHaveCount(6)
  await expect(log.nth(0)).toContainText('LA 300 012 347 FR')
  await expect(log.nth(0)).toContainText('Undone')
  await expect(log.nth(1)).toContainText('Not a valid item identifier')
  await expect(log.nth(2)).toContainText('Wrong receptacle (mis-sort)')
  await expect(log.nth(4)).toContainText('Already in this receptacle')
  await expect(log.nth(5)).toHaveAttribute('data-outcome', 'accepted')
  await page.screenshot({ path: `${SCREENSHOTS}/bagging-scans.png` })

  // A second station (a worker) picks the same receptacle and scans into it: the count here follows.
  const other = await browser.newContext({ baseURL, locale: 'en-GB', viewport: { width: 1280, height: 800 } })
  const worker = await other.newPage()
  await openApp(worker, '/#/bagging')
  await signIn(worker, 'wil', '1357')
  await expect(worker.getByTestId('operator')).toContainText('Sorting worker')
  await worker
    .getByTestId('open-receptacles')
    .getByRole('button', { name: /DZALGD/ })
    .click()
  await expect(worker.getByTestId('scan-input')).toBeFocused()
  await scan(worker, 'LA300012347FR')
  await expect(worker.getByTestId('scan-banner-outcome')).toHaveText('Accepted')
  await expect(page.getByTestId('receptacle-items')).toHaveText('2')
  // A worker cannot undo, and is told why instead of nothing happening.
  await expect(worker.getByText('Undo: supervisor or administrator only.')).toBeVisible()
  await worker.keyboard.press('Control+z')
  await expect(worker.getByTestId('notice')).toContainText(
    'Not undone: only a supervisor or an administrator can undo a scan.',
  )
  await expect(page.getByTestId('receptacle-items')).toHaveText('2')
  await other.close()

  // F9: close as the last receptacle of the dispatch, with its weight from the scale.
  await page.keyboard.press('F9')
  const closeDialog = page.getByTestId('close-dialog')
  await expect(closeDialog.getByRole('heading', { name: 'Close the receptacle' })).toBeVisible()
  await expect(closeDialog.getByLabel('Gross weight in kg, from the scale')).toBeFocused()
  await expect(closeDialog.getByRole('checkbox')).toBeChecked()
  await page.keyboard.type('3,4')
  await expect(closeDialog.getByRole('button', { name: 'Close as last of the dispatch' })).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/bagging-close-dialog.png` })
  await page.keyboard.press('Enter')

  await expect(closeDialog.getByRole('heading', { name: 'Receptacle closed' })).toBeVisible()
  const s9 = closeDialog.getByTestId('s9')
  // Origin, destination, category, subclass, year, dispatch 0001, receptacle 001, last (1), a registered
  // letter inside (1), 3.4 kg.
  await expect(s9).toHaveText(/^FRCDGA DZALGD A UN \d 0001 001 1 1 0034$/)
  await expect(closeDialog).toContainText('It was the last receptacle: dispatch 1 is closed.')
  await page.screenshot({ path: `${SCREENSHOTS}/bagging-closed.png` })
  const receptacleId = (await s9.textContent())?.replace(/ /g, '') ?? ''
  expect(receptacleId).toHaveLength(29)

  await page.keyboard.press('Enter')
  await expect(closeDialog).toBeHidden()
  await expect(current).toContainText('No receptacle is current.')
  await expect(page.getByText('No receptacle is open.')).toBeVisible()

  // The label's id, read back by the Identify screen: a valid receptacle with the parts we closed it with.
  await page.keyboard.press('Alt+1')
  await scan(page, receptacleId)
  await expect(page.getByTestId('result-outcome')).toHaveText('Valid receptacle')
  await expect(field(page, 'Origin office of exchange')).toContainText('FRCDGA')
  await expect(field(page, 'Destination office of exchange')).toHaveText(/DZALGD\s*Alger CTNI lettres \(LC\)/)
  await expect(field(page, 'Dispatch number')).toHaveText('1')
  await expect(field(page, 'Receptacle number')).toHaveText('1')
  await expect(field(page, 'Last receptacle of the dispatch')).toHaveText('Yes')
  await expect(field(page, 'Registered or insured items')).toHaveText('Yes')
  await expect(field(page, 'Gross weight')).toHaveText('3.4 kg')

  // Signing out brings the sign-in panel back; the session was never stored in the page.
  await page.keyboard.press('Alt+2')
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(
    'session',
  )
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Sign in to bag items' })).toBeVisible()
})

test.describe('Français', () => {
  test.use({ locale: 'fr-FR' })

  test('the bagging screen in French, refusals included', async ({ page }) => {
    await openApp(page, '/#/bagging')
    await expect(page.getByRole('heading', { level: 2, name: 'Se connecter pour ensacher' })).toBeVisible()
    await signIn(page, 'ana', '4321')
    await expect(page.getByTestId('operator')).toContainText('Superviseur')

    await page.keyboard.press('F6')
    const openDialog = page.getByTestId('open-dialog')
    await expect(openDialog.getByRole('heading', { name: 'Ouvrir un récipient' })).toBeVisible()
    await page.keyboard.type('DZALGD')
    await openDialog.getByRole('button', { name: 'Ouvrir le récipient' }).click()
    await expect(openDialog).toBeHidden()
    const current = page.getByTestId('current-receptacle')
    await expect(current).toContainText('Récipient en cours')
    await expect(current).toContainText('Courrier prioritaire ou par avion')
    await expect(current).toContainText('Poste aux lettres, ordinaire (mixte)')
    await expect(page.getByTestId('receptacle-items')).toHaveText('0')

    await scan(page, 'LA300012347FR')
    await expectBanner(page, 'in_other_receptacle', 'Dans un autre récipient', RED)
    await scan(page, 'EE100020008FR')
    await expectBanner(page, 'missort', 'Mauvais récipient (erreur de tri)', RED)
    await scan(page, 'RB555000115FR')
    await expectBanner(page, 'invalid_id', "Identifiant d'envoi non valide", RED)
    const log = page.getByTestId('scan-log').getByRole('listitem')
    await expect(log).toHaveCount(3)
    await expect(page.getByRole('heading', { name: 'Dernières lectures' })).toBeVisible()
    await expect(page.getByRole('button', { name: /Fermer \(dernier\)/ })).toBeVisible()
    await page.screenshot({ path: `${SCREENSHOTS}/bagging-fr.png` })

    await page.keyboard.press('F8')
    const closeDialog = page.getByTestId('close-dialog')
    await expect(closeDialog.getByRole('heading', { name: 'Fermer le récipient' })).toBeVisible()
    await expect(closeDialog.getByRole('checkbox')).not.toBeChecked()
    await page.keyboard.press('Escape')
    await expect(closeDialog).toBeHidden()
    await expect(page.getByTestId('scan-input')).toBeFocused()
  })
})
