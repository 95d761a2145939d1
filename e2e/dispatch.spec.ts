// The office of exchange against a real engine (e2e/fixtures/serve-station.mjs: Roissy CDG, supervisor
// ana, worker wil): two bags for Geneva, the dispatch refused while one is still open (in the engine's
// words), then closed from the Dispatch screen with its PREDES shown and its CN 31 and CN 38 saved;
// consigned to a flight; on the EDI messages screen the PREDES waits in the outbox, and a partner's file
// cut short is quarantined with every issue, in red. Last, a supervisor reopens a closed bag of an open
// dispatch from the Dispatch screen (its label void), and it is open again on the Bagging screen.
import { expect, test, type Page } from '@playwright/test'
import { openApp, scan, SCREENSHOTS } from './helpers'

// One station for the whole file: the second test finds the dispatch the first one closed.
test.describe.configure({ mode: 'serial' })

const GREEN = 'rgb(0, 112, 60)'
const RED = 'rgb(177, 14, 30)'
/** Letters for Geneva that no other spec scans (not pre-advised; Switzerland requires no advance data). */
const LETTERS = ['RB777000010FR', 'LA777000023FR', 'RB777000037FR']
/** Letters for Geneva in the bag the last test reopens. */
const REOPENED = ['LA777000054FR', 'LA777000068FR']
/** A RESDES from London cut off in the middle of a segment, as a broken transfer leaves it. */
const TRUNCATED = "UNA:+.? 'UNB+UNOC:3+GBLHRA+FRCDGA+260314:2210+000000042'UNH+1+RESDES:D:08A:UN:UPU'BGM+"
/** The S8 of the dispatch the first test closes. */
let s8 = ''

async function signIn(page: Page, operator: string, pin: string): Promise<void> {
  await expect(page.getByLabel(/^(Operator id|Identifiant d'opérateur)$/)).toBeFocused()
  await page.keyboard.type(operator)
  await page.keyboard.press('Tab')
  await page.keyboard.type(pin)
  await page.keyboard.press('Enter')
}

/** Bagging: F8 closes the current receptacle with a typed weight (not as the last of its dispatch). */
async function closeReceptacle(page: Page, weight: string): Promise<void> {
  await page.keyboard.press('F8')
  const dialog = page.getByTestId('close-dialog')
  await expect(dialog.getByRole('heading', { name: 'Close the receptacle' })).toBeVisible()
  await page.keyboard.type(weight)
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('heading', { name: 'Receptacle closed' })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
}

async function openGenevaBag(page: Page): Promise<void> {
  await page.keyboard.press('F6')
  await page.keyboard.type('CHGVAA')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('open-dialog')).toBeHidden()
}

test('a supervisor closes a dispatch from the Dispatch screen, sees its PREDES and saves its papers', async ({
  page,
}) => {
  await openApp(page, '/#/bagging')
  await signIn(page, 'ana', '4321')
  await expect(page.getByTestId('scan-input')).toBeFocused()

  // Receptacle 001 for Geneva with two letters, closed; receptacle 002 with one, left open.
  await openGenevaBag(page)
  for (const letter of LETTERS.slice(0, 2)) {
    await scan(page, letter)
    await expect(page.getByTestId('scan-banner-outcome')).toHaveText('Accepted')
  }
  await closeReceptacle(page, '2,1')
  await openGenevaBag(page)
  await scan(page, LETTERS[2]!)
  await expect(page.getByTestId('scan-banner-outcome')).toHaveText('Accepted')

  // The Dispatch screen: the Geneva dispatch, its open receptacle standing out.
  await page.keyboard.press('Alt+3')
  await expect(page.getByRole('heading', { level: 1, name: 'Dispatch' })).toBeFocused()
  const row = page.getByTestId('dispatch-table').locator('tbody tr', { hasText: 'CHGVAA' })
  await expect(row).toHaveCount(1)
  await expect(row).toHaveAttribute('data-state', 'open')
  await expect(row).toContainText('Geneva 5')
  await expect(row.getByTestId('open-receptacles-count')).toHaveText('1 open')
  await row.getByRole('button', { name: /^Dispatch \d+ to CHGVAA$/ }).click()
  const detail = page.getByTestId('dispatch-detail')
  await expect(detail.getByTestId('dispatch-state')).toHaveText('Open')
  await expect(detail.getByTestId('dispatch-open-warning')).toContainText('Receptacles still open: 1.')
  s8 = ((await detail.getByTestId('dispatch-s8').textContent()) ?? '').replace(/ /g, '')
  expect(s8).toMatch(/^FRCDGACHGVAAAUN\d\d{4}$/)
  const closeButton = detail.getByRole('button', { name: /^Close dispatch/ })
  await expect(closeButton).toHaveAttribute('aria-keyshortcuts', 'F8')
  await expect(closeButton).toContainText('F8')

  // F8 asks first, saying what the close will do; the engine refuses while a receptacle is open.
  await page.keyboard.press('F8')
  const dialog = page.getByTestId('dispatch-close-dialog')
  await expect(dialog.getByRole('heading', { name: /^Close dispatch \d+ to CHGVAA/ })).toBeVisible()
  await expect(dialog).toContainText('write the PREDES pre-advice to the outbox of CHGVAA')
  await expect(dialog).toContainText('the CN 31 letter bill and the CN 38 delivery bill')
  await expect(dialog).toContainText('receptacles 2 (registered 1), items 3, 2.1 kg')
  await page.keyboard.press('Enter')
  const refusal = dialog.getByTestId('problem')
  await expect(refusal).toContainText('The dispatch was not closed.')
  await expect(refusal).toContainText(`Dispatch ${s8} still has an open receptacle: receptacle 002`)
  await expect(page.getByTestId('dispatch-announcer')).toContainText('Refused.')
  await page.screenshot({ path: `${SCREENSHOTS}/dispatch-refused.png` })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The second bag closed, the dispatch closes: totals, highest receptacle, documents.
  await page.keyboard.press('Alt+2')
  await closeReceptacle(page, '1,3')
  await page.keyboard.press('Alt+3')
  await expect(row.getByTestId('open-receptacles-count')).toHaveCount(0)
  await row.getByRole('button', { name: /^Dispatch \d+ to CHGVAA$/ }).click()
  await page.keyboard.press('F8')
  await expect(dialog).toBeVisible()
  // Enter confirms once the focus is on the confirm button (until then it is on Cancel, the first one).
  await expect(dialog.getByRole('button', { name: 'Close the dispatch' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  const result = detail.getByTestId('close-result')
  await expect(result).toContainText('Dispatch closed')
  await expect(result).toContainText('Receptacles 2 (registered 2) · items 3 · 3.4 kg')
  await expect(result.getByTestId('close-result-highest')).toHaveText('Highest receptacle: 002')
  await expect(result.locator('.xresult-title')).toHaveCSS('color', GREEN)
  await expect(detail.getByTestId('dispatch-state')).toHaveText('Closed')
  await expect(row).toHaveAttribute('data-state', 'closed')
  await expect(page.getByTestId('dispatch-announcer')).toContainText('Dispatch closed.')

  const documents = detail.getByTestId('dispatch-documents')
  const predes = documents.getByTestId('document-text-predes')
  await expect(predes).toContainText(s8)
  await expect(predes).toContainText('UNH+')
  await expect(predes).toHaveCSS('overflow-y', 'auto')
  for (const [form, file] of [
    ['CN 31', `CN31-${s8}.pdf`],
    ['CN 38', `CN38-${s8}.pdf`],
  ]) {
    const save = documents.getByRole('link', { name: `Save ${form} (${file})` })
    await expect(save).toHaveAttribute('href', /^blob:/)
    const download = page.waitForEvent('download')
    await save.click()
    expect((await download).suggestedFilename()).toBe(file)
  }
  await result.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOTS}/dispatch-closed.png` })
  await documents.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOTS}/dispatch-documents.png` })

  // The bags' labels can be printed again from here too: an audited decision, a new job.
  const labels = detail.getByTestId('dispatch-labels')
  const labelRows = labels.getByTestId('dispatch-label-row')
  await expect(labelRows).toHaveCount(2)
  await expect(labelRows.first()).toContainText(/Printed/)
  await labelRows.first().getByRole('button', { name: 'Print label again' }).click()
  const reprint = page.getByTestId('reprint-dialog')
  await reprint.getByRole('textbox').fill('torn at hand-over')
  await reprint.getByRole('button', { name: /print/i }).last().click()
  await expect(reprint).toBeHidden()
  await labels.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOTS}/dispatch-labels.png` })

  // F9: consign it to a flight; the CARDIT and PRECON are shown once written.
  await page.keyboard.press('F9')
  const consign = page.getByTestId('consign-dialog')
  await expect(consign.getByLabel('Carrier')).toBeFocused()
  await consign.getByRole('button', { name: 'Close the consignment' }).click()
  await expect(consign.getByTestId('consign-invalid')).toHaveText(
    'Not sent: check Carrier, Flight or trip number, Leaves from, Goes to, Departure.',
  )
  await consign.getByLabel('Carrier').fill('af')
  await consign.getByLabel('Flight or trip number').fill('AF1146')
  await consign.getByLabel('Leaves from').fill('CDG')
  await consign.getByLabel('Goes to').fill('GVA')
  await consign.getByLabel('Departure').fill('2026-03-14T22:10')
  await expect(consign).toContainText(/Sent as 2026-03-14T22:10:00[+-]\d\d:\d\d/)
  await consign.getByRole('button', { name: 'Close the consignment' }).click()
  await expect(consign.getByTestId('consign-result')).toContainText(
    'Handed to AF AF1146 for CHGVAA: CARDIT and PRECON written.',
  )
  await expect(consign.getByTestId('document-text-cardit')).toContainText('UNH+')
  await expect(consign.getByTestId('document-text-precon')).toContainText('UNH+')
  await page.screenshot({ path: `${SCREENSHOTS}/dispatch-consigned.png` })
  await consign.getByRole('button', { name: 'Done' }).click()
  await expect(consign).toBeHidden()
  const consignment = page.getByTestId('consignments').locator('tbody tr').first()
  await expect(consignment).toContainText('AF AF1146')
  await expect(consignment.getByTestId('consignment-status')).toHaveText('Nothing reported yet')
})

test('EDI messages: the PREDES waits in the outbox; a file cut short is quarantined with every issue', async ({
  page,
}) => {
  expect(s8, 'the first test closed a dispatch').not.toBe('')
  await openApp(page, '/#/messages')
  await expect(page.getByRole('heading', { level: 1, name: 'EDI messages' })).toBeFocused()
  await expect(page.getByTestId('messages-sign-in')).toBeVisible()
  const predes = page.getByTestId('message-list').locator('li[data-type="PREDES"]', { hasText: s8 })
  await expect(predes).toHaveAttribute('data-state', 'written')
  await expect(predes).toContainText('PREDES to CHGVAA')
  await expect(predes).toContainText('Waiting in the outbox')
  await predes.getByRole('button').click()
  const detail = page.getByTestId('message-detail')
  await expect(detail.getByTestId('message-state')).toHaveText('Waiting in the outbox')
  await expect(detail.getByTestId('message-content')).toContainText(s8)

  // A worker may look but not import: the engine's refusal, in words.
  await page.keyboard.press('Alt+2')
  await signIn(page, 'wil', '1357')
  await page.keyboard.press('Alt+8')
  await expect(page.getByTestId('messages-role')).toContainText('You are signed in as Sorting worker')
  let chooser = page.waitForEvent('filechooser')
  await page.keyboard.press('F6')
  await (
    await chooser
  ).setFiles({ name: 'RESDES-cut.edi', mimeType: 'text/plain', buffer: Buffer.from(TRUNCATED) })
  const problem = page.getByTestId('problem')
  await expect(problem).toContainText('The file was not imported.')
  await expect(problem).toContainText('Importing EDI needs a supervisor')
  await page.getByTestId('operator').getByRole('button').first().click()

  // A supervisor imports it: quarantined whole, in red, every issue with where it is.
  await page.keyboard.press('Alt+2')
  await signIn(page, 'ana', '4321')
  await page.keyboard.press('Alt+8')
  chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: /^Import EDI file/ }).click()
  await (
    await chooser
  ).setFiles({ name: 'RESDES-cut.edi', mimeType: 'text/plain', buffer: Buffer.from(TRUNCATED) })
  const outcome = page.getByTestId('edi-import-result')
  await expect(outcome).toHaveAttribute('data-applied', 'false')
  await expect(outcome).toContainText('RESDES-cut.edi quarantined (RESDES)')
  await expect(outcome.locator('.xresult-title')).toHaveCSS('color', RED)
  const issues = outcome.getByTestId('edi-import-issues').getByRole('listitem')
  await expect(issues).toHaveCount(3)
  await expect(issues.nth(0)).toContainText('line 1, segment 3 (BGM)')
  await expect(issues.nth(0)).toContainText('the file is cut short')
  await expect(issues.nth(2)).toContainText('there is no UNZ at the end')
  await expect(page.getByTestId('messages-announcer')).toContainText(
    'RESDES-cut.edi quarantined: nothing applied. Problems found: 3.',
  )

  // The quarantined message is the one shown: its state in red words and icon, and each issue.
  const row = page.getByTestId('message-list').locator('li[data-state="quarantined"]').first()
  await expect(row).toContainText('RESDES from GBLHRA')
  await expect(row.getByRole('button')).toHaveAttribute('aria-pressed', 'true')
  await expect(detail.getByTestId('message-state')).toHaveText('Quarantined')
  await expect(detail.getByTestId('message-state')).toHaveCSS('color', RED)
  await expect(detail.getByTestId('message-issues').getByRole('listitem')).toHaveCount(3)
  await expect(detail.getByTestId('message-content')).toContainText('BGM+')
  await expect(detail.getByRole('button', { name: /^Send again/ })).toHaveCount(0)
  await page.screenshot({ path: `${SCREENSHOTS}/messages-import-quarantined.png` })
  await page.locator('.messages-layout').evaluate((layout) => layout.scrollIntoView({ block: 'start' }))
  await page.screenshot({ path: `${SCREENSHOTS}/messages-quarantined.png` })
})

test('a supervisor reopens a closed receptacle of an open dispatch; its label is void and it is open again', async ({
  page,
}) => {
  await openApp(page, '/#/bagging')
  await signIn(page, 'ana', '4321')
  await expect(page.getByTestId('scan-input')).toBeFocused()
  await openGenevaBag(page)
  for (const letter of REOPENED) {
    await scan(page, letter)
    await expect(page.getByTestId('scan-banner-outcome')).toHaveText('Accepted')
  }
  await closeReceptacle(page, '0,9')

  // The Dispatch screen: the new Geneva dispatch, open, its one bag closed with its label printed.
  await page.keyboard.press('Alt+3')
  const row = page.getByTestId('dispatch-table').locator('tbody tr[data-state="open"]', { hasText: 'CHGVAA' })
  await expect(row).toHaveCount(1)
  await row.getByRole('button', { name: /^Dispatch \d+ to CHGVAA$/ }).click()
  const detail = page.getByTestId('dispatch-detail')
  await expect(detail.getByTestId('dispatch-state')).toHaveText('Open')
  const bag = detail.getByTestId('dispatch-labels').getByTestId('dispatch-label-row')
  await expect(bag).toHaveCount(1)
  await expect(bag).toHaveAttribute('data-receptacle-state', 'closed')
  await expect(bag).toContainText(/Printed/)
  const s9 = ((await bag.locator('.code').textContent()) ?? '').replace(/ /g, '')
  expect(s9).toMatch(/^FRCDGACHGVAAAUN\d{8}0\d{5}$/)

  // Reached by the keyboard; asks first, and will not go without a reason.
  const reopen = bag.getByRole('button', { name: 'Reopen receptacle 001' })
  await reopen.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByTestId('reopen-dialog')
  await expect(dialog.getByRole('heading', { name: /^Reopen receptacle 001 of dispatch \d+$/ })).toBeVisible()
  await expect(dialog).toContainText('make its S9 label void: take the old label off the bag')
  await expect(dialog.getByLabel('Why (required)')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog.getByTestId('reopen-missing')).toHaveText(
    'Say why the receptacle is reopened: the log keeps it beside the voided label.',
  )
  await expect(dialog.getByLabel('Why (required)')).toBeFocused()
  await page.keyboard.type(`${REOPENED[1]} seized by customs`)
  await page.screenshot({ path: `${SCREENSHOTS}/dispatch-reopen-dialog.png` })
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()

  // Open again, its old label void and nothing to print again; the screen says so.
  await expect(page.getByTestId('dispatch-announcer')).toContainText(
    /Receptacle 001 of dispatch \d+ is open again\. Take its old label off the bag/,
  )
  await expect(bag).toHaveAttribute('data-receptacle-state', 'open')
  await expect(bag.getByTestId('dispatch-label-open')).toHaveText('Open')
  await expect(bag).toContainText('Void: its receptacle was reopened')
  await expect(bag.getByRole('button')).toHaveCount(0)
  await expect(detail.getByTestId('dispatch-open-warning')).toContainText('Receptacles still open: 1.')
  await detail.getByTestId('dispatch-labels').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOTS}/dispatch-reopened.png` })

  // The Bagging screen has it among the open receptacles; closed again, it gets a new S9.
  await page.keyboard.press('Alt+2')
  const open = page.getByTestId('open-receptacles').getByRole('button').filter({ hasText: 'CHGVAA' })
  await expect(open).toHaveCount(1)
  await expect(open).toContainText('No. 1')
  await open.click()
  await expect(page.getByTestId('receptacle-serial')).toContainText('1')
  await page.getByTestId('scan-input').focus()
  await closeReceptacle(page, '0,5')
  await page.keyboard.press('Alt+3')
  await row.getByRole('button', { name: /^Dispatch \d+ to CHGVAA$/ }).click()
  await expect(bag).toHaveAttribute('data-receptacle-state', 'closed')
  await expect(bag.locator('.code')).not.toHaveText(s9)

  // A worker is not offered the reopen: it is the supervisor's decision.
  await page.getByTestId('operator').getByRole('button').first().click()
  await page.keyboard.press('Alt+2')
  await signIn(page, 'wil', '1357')
  await page.keyboard.press('Alt+3')
  await row.getByRole('button', { name: /^Dispatch \d+ to CHGVAA$/ }).click()
  await expect(bag).toHaveAttribute('data-receptacle-state', 'closed')
  await expect(bag.getByRole('button', { name: /^Reopen/ })).toHaveCount(0)
})
