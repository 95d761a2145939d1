// Customs against a real engine (e2e/fixtures/serve-station.mjs: Roissy CDG, customs officer cleo,
// worker wil, silk scarves and card holders for New York in the manifest; their ITMATT arrives here as
// the mailbox would bring it). The officer presents both by scanning, holds them for inspection in one
// go, then holds the scarves for their invoice. At a bagging station the worker's scan of the scarves is
// refused as held, with the officer's reason; the worker cannot release them either (the engine says so
// in words and records the attempt). The officer releases them with duty, records its payment, and the
// worker's next scan is accepted.
import { expect, test, type Page } from '@playwright/test'
import WebSocket from 'ws'
import { openApp, scan, SCREENSHOTS } from './helpers'

// One station for the whole file: the French test finds the queue the first one left.
test.describe.configure({ mode: 'serial' })

const GREEN = 'rgb(0, 112, 60)'
const AMBER_INK = 'rgb(92, 59, 0)'
const RED = 'rgb(177, 14, 30)'
/** In the manifest for New York (USJFKA); no other spec scans them. */
const SCARVES = 'RB888000013FR'
const CARD_HOLDERS = 'RB888000027FR'

/** The exporter's ITMATT: the scarves declared in full; the card holders with a content line lacking its HS code. */
const ITMATT = `<?xml version="1.0" encoding="UTF-8"?>
<ITMATT>
  <Item>
    <ItemId>${SCARVES}</ItemId><MailClass>U</MailClass><Category>sale_of_goods</Category><Gift>false</Gift>
    <TotalValue>184.50</TotalValue><Currency>EUR</Currency><TotalWeight>0.48</TotalWeight>
    <TransportCosts>14.20</TransportCosts><TransportCurrency>EUR</TransportCurrency><OriginCountry>FR</OriginCountry>
    <SenderAddress>
      <Name>Atelier Lumière SARL</Name><Street>12 rue des Tanneurs</Street><Postcode>69002</Postcode>
      <City>Lyon</City><Country>FR</Country><Email>expedition@atelier-lumiere.fr</Email><VatNumber>FR40123456824</VatNumber>
    </SenderAddress>
    <ReceiverAddress>
      <Name>Maria Gonzalez</Name><Street>221 West 57th Street</Street><Postcode>10019</Postcode>
      <City>New York</City><Country>US</Country><Phone>+1 212 555 0147</Phone>
    </ReceiverAddress>
    <ContentPiece>
      <Description>Silk scarf, printed</Description><NumberOfPieces>2</NumberOfPieces><Weight>0.16</Weight>
      <Value>120.00</Value><Currency>EUR</Currency><HSCode>621410</HSCode><OriginCountry>FR</OriginCountry>
    </ContentPiece>
    <ContentPiece>
      <Description>Leather card holder</Description><NumberOfPieces>1</NumberOfPieces><Weight>0.09</Weight>
      <Value>64.50</Value><Currency>EUR</Currency><HSCode>420232</HSCode><OriginCountry>IT</OriginCountry>
    </ContentPiece>
  </Item>
  <Item>
    <ItemId>${CARD_HOLDERS}</ItemId><MailClass>U</MailClass><Category>sale_of_goods</Category><Gift>false</Gift>
    <TotalValue>96.00</TotalValue><Currency>EUR</Currency><TotalWeight>0.30</TotalWeight><OriginCountry>FR</OriginCountry>
    <SenderAddress>
      <Name>Atelier Lumière SARL</Name><Street>12 rue des Tanneurs</Street><Postcode>69002</Postcode>
      <City>Lyon</City><Country>FR</Country>
    </SenderAddress>
    <ReceiverAddress>
      <Name>Daniel Okafor</Name><Street>88 Greenwich Street</Street><Postcode>10006</Postcode>
      <City>New York</City><Country>US</Country>
    </ReceiverAddress>
    <ContentPiece>
      <Description>Leather card holder</Description><NumberOfPieces>3</NumberOfPieces><Weight>0.27</Weight>
      <Value>96.00</Value><Currency>EUR</Currency><OriginCountry>IT</OriginCountry>
    </ContentPiece>
  </Item>
</ITMATT>
`

/** One request over the contract's WebSocket, as any client of `station serve` sends it. */
function request(socket: WebSocket, id: number, command: string, input: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (data: WebSocket.RawData): void => {
      const frame = JSON.parse(String(data)) as {
        type: string
        id?: number
        ok?: boolean
        output?: unknown
        error?: unknown
      }
      if (frame.type !== 'response' || frame.id !== id) return
      socket.off('message', onMessage)
      if (frame.ok) resolve(frame.output)
      else reject(new Error(`${command}: ${JSON.stringify(frame.error)}`))
    }
    socket.on('message', onMessage)
    socket.send(JSON.stringify({ type: 'request', id, command, input }))
  })
}

/** The ITMATT arrives through the contract, as the mailbox delivers it, in the exchange office's name. */
async function receiveItmatt(baseURL: string): Promise<void> {
  const socket = new WebSocket(`${baseURL.replace(/^http/, 'ws')}/api`)
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  try {
    const { session } = (await request(socket, 1, 'session.signIn', { operator: 'ana', pin: '4321' })) as {
      session: string
    }
    const report = (await request(socket, 2, 'itmatt.import', {
      session,
      name: 'itmatt-usjfka.xml',
      content: ITMATT,
    })) as { items: number }
    expect(report.items).toBe(2)
    await request(socket, 3, 'session.signOut', { session })
  } finally {
    socket.close()
  }
}

/** The station's event log, as any client reads it: the evidence of who tried what. */
async function eventLog(
  baseURL: string,
): Promise<Array<{ type: string; operator: string; code: string | null; reason: string | null }>> {
  const socket = new WebSocket(`${baseURL.replace(/^http/, 'ws')}/api`)
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  try {
    const answer = (await request(socket, 1, 'events.list', { limit: 10_000 })) as {
      events: Array<{ type: string; operator: string; code: string | null; reason: string | null }>
    }
    return answer.events
  } finally {
    socket.close()
  }
}

async function signIn(page: Page, operator: string, pin: string): Promise<void> {
  await expect(page.getByLabel(/^(Operator id|Identifiant d'opérateur)$/)).toBeFocused()
  await page.keyboard.type(operator)
  await page.keyboard.press('Tab')
  await page.keyboard.type(pin)
  await page.keyboard.press('Enter')
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('operator').getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByTestId('operator')).toHaveCount(0)
}

/** The whole Customs screen: the screen scrolls inside the window, so the window is made tall enough. */
async function shootWhole(page: Page, name: string, width?: number): Promise<void> {
  const viewport = page.viewportSize()!
  if (width) await page.setViewportSize({ width, height: viewport.height })
  const height = await page.locator('#screen').evaluate((screen) => screen.scrollHeight)
  await page.setViewportSize({
    width: width ?? viewport.width,
    height: Math.max(viewport.height, height + 80),
  })
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` })
  await page.setViewportSize(viewport)
}

async function expectOutcome(page: Page, verdict: string, headline: string | RegExp): Promise<void> {
  const outcome = page.getByTestId('customs-outcome')
  await expect(outcome).toHaveAttribute('data-verdict', verdict)
  await expect(page.getByTestId('customs-outcome-headline')).toHaveText(headline)
}

test('the officer holds, a worker is refused, the officer releases, and the worker bags the item', async ({
  page,
  baseURL,
}) => {
  await receiveItmatt(baseURL!)

  // The customs desk: signing in on the screen itself.
  await openApp(page, '/#/customs')
  await expect(page.getByRole('heading', { level: 1, name: 'Customs' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Sign in to decide on items' })).toBeVisible()
  await expect(page.getByTestId('customs-decide-why')).toHaveText('Sign in to decide.')
  await signIn(page, 'cleo', '2468')
  await expect(page.getByTestId('operator')).toContainText('Cléo Garnier (cleo)')
  await expect(page.getByTestId('operator')).toContainText('Customs officer')
  await expect(page.getByTestId('customs-role')).toHaveCount(0)

  // Scanning an item not in the queue presents it, and opens it with its advance data in full.
  await scan(page, SCARVES)
  await expectOutcome(page, 'valid', 'Presented to customs: 1 item')
  await expect(page.getByTestId('customs-announcer')).toContainText('Presented to customs: 1 item')
  const item = page.getByTestId('customs-item')
  await expect(item.getByRole('heading', { level: 2 })).toHaveText('RB 888 000 013 FR')
  await expect(item.getByTestId('customs-item-state')).toHaveText('Presented, awaiting a decision')
  await expect(item).toContainText('USJFKA ISC New York')
  await expect(item.getByTestId('customs-item-value')).toHaveText(/^EUR\s?184\.50$/)
  await expect(item.getByTestId('customs-ead-status')).toHaveText('EAD complete')
  await expect(item.getByTestId('customs-sender')).toContainText('Atelier Lumière SARL')
  await expect(item.getByTestId('customs-sender')).toContainText('FR40123456824')
  await expect(item.getByTestId('customs-addressee')).toContainText('221 West 57th Street')
  const lines = item.getByTestId('customs-lines')
  await expect(lines.locator('tbody tr')).toHaveCount(2)
  await expect(lines.locator('tbody tr').first()).toContainText('Silk scarf, printed')
  await expect(lines.locator('tbody tr').first()).toContainText('621410')
  await expect(item.getByTestId('customs-item-events')).toContainText('EXA')

  await scan(page, CARD_HOLDERS)
  await expectOutcome(page, 'valid', 'Presented to customs: 1 item')
  await expect(item.getByTestId('customs-findings')).toContainText('lines[1].hsCode')
  const rows = page.getByTestId('customs-row')
  await expect(rows).toHaveCount(2)

  // Both selected from the keyboard (Space, then Shift+arrow) and held for inspection in one go.
  await page.getByRole('checkbox', { name: 'Select RB 888 000 013 FR' }).focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Shift+ArrowDown')
  await expect(page.getByRole('checkbox', { name: 'Select RB 888 000 027 FR' })).toBeChecked()
  await expect(page.getByTestId('customs-decide-for')).toHaveText(
    'For the selected items (2), all or nothing',
  )
  const hold = page.getByRole('button', { name: /^Hold/ })
  await expect(hold).toHaveAttribute('aria-keyshortcuts', 'F6')
  await page.keyboard.press('F6')
  const dialog = page.getByTestId('customs-decide-dialog')
  await expect(dialog.getByRole('heading', { name: 'Hold 2 items' })).toBeVisible()
  await expect(dialog.getByRole('radio', { name: /^documents required/i })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(dialog.getByRole('radio', { name: /^inspection/i })).toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.type('X-ray screening requested')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expectOutcome(page, 'valid', 'Held (inspection): 2 items')
  for (const row of await rows.all()) await expect(row).toHaveAttribute('data-state', 'held')
  await expect(rows.first().getByTestId('customs-row-state')).toHaveText('Held: inspection')
  await expect(page.getByTestId('customs-decide-for')).toHaveText('For RB 888 000 027 FR')
  await shootWhole(page, 'customs-queue')

  // The scarves again: held for their invoice, the reason the bagging station will give.
  await page.getByTestId('scan-input').focus()
  await scan(page, SCARVES)
  await expectOutcome(page, 'warning', 'Held: inspection')
  await page.keyboard.press('F6')
  await expect(dialog.getByRole('heading', { name: 'Hold RB 888 000 013 FR' })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('Choose why the item is held.')).toBeVisible()
  await expect(dialog.getByText('Say why, in a few words.')).toBeVisible()
  await dialog.getByRole('radio', { name: /^documents required/i }).check()
  await dialog.getByLabel('Reason').fill('commercial invoice missing')
  await dialog.getByLabel('Note for the record (optional)').fill('Sender asked by e-mail at 10:05.')
  await dialog.getByLabel('Reason').press('Enter')
  await expect(dialog).toBeHidden()
  await expectOutcome(page, 'valid', 'Held (documents required): 1 item')
  const state = item.getByTestId('customs-item-state')
  await expect(state).toHaveText('Held: documents required')
  await expect(state).toHaveCSS('color', AMBER_INK)
  await expect(item.getByTestId('customs-item-hold')).toContainText(
    'documents required: commercial invoice missing',
  )
  await expect(item.getByTestId('customs-decisions')).toContainText('Note: Sender asked by e-mail at 10:05.')
  await shootWhole(page, 'customs-item-held')
  // A desk's wide screen.
  await shootWhole(page, 'customs-item-held-1920', 1920)
  await signOut(page)

  // The bagging station: the worker's scan of the scarves is refused as held, with the reason.
  await page.keyboard.press('Alt+2')
  await signIn(page, 'wil', '1357')
  await expect(page.getByTestId('scan-input')).toBeFocused()
  await page.keyboard.press('F6')
  await page.keyboard.type('USJFKA')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('open-dialog')).toBeHidden()
  await scan(page, SCARVES)
  await expect(page.getByTestId('scan-banner-outcome')).toHaveText('Held by customs')
  await expect(page.getByTestId('scan-banner-reason')).toContainText(
    'Held by customs (documents required: commercial invoice missing)',
  )
  await expect(page.getByTestId('scan-banner').locator('.result-head')).toHaveCSS('background-color', RED)

  // The worker may open the item at the Customs screen, but not release it: refused in the engine's words.
  await page.keyboard.press('Alt+5')
  await expect(page.getByTestId('customs-role')).toContainText(
    'You are signed in as Sorting worker: only a customs officer may decide.',
  )
  await scan(page, SCARVES)
  await expectOutcome(page, 'warning', 'Held: documents required')
  await page.keyboard.press('F7')
  await expect(dialog.getByRole('heading', { name: 'Release RB 888 000 013 FR' })).toBeVisible()
  await expect(dialog.getByLabel('Reason')).toBeFocused()
  await page.keyboard.type('invoice seen')
  await page.keyboard.press('Enter')
  const refusal = dialog.getByTestId('customs-refusal')
  await expect(refusal).toContainText('Refused: nothing was decided.')
  await expect(refusal.getByTestId('customs-refusal-words')).toHaveText(
    'Deciding a customs matter needs a customs officer; operator wil is a worker.',
  )
  await page.screenshot({ path: `${SCREENSHOTS}/customs-worker-refused.png` })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expectOutcome(page, 'invalid', 'Refused: nothing was decided.')
  await expect(item.getByTestId('customs-item-state')).toHaveText('Held: documents required')
  await signOut(page)

  // The officer releases the scarves with duty to pay, and records its payment.
  await signIn(page, 'cleo', '2468')
  await scan(page, SCARVES)
  // The refused attempt is in the station's event log, in the worker's name.
  const refused = (await eventLog(baseURL!)).filter((e) => e.type === 'customs.refused')
  expect(refused).toEqual([
    expect.objectContaining({
      operator: 'wil',
      code: SCARVES,
      reason: expect.stringContaining('Refused: operator wil (worker) tried to release RB888000013FR'),
    }),
  ])
  await page.keyboard.press('F7')
  await expect(dialog.getByLabel('Reason')).toBeFocused()
  await page.keyboard.type('commercial invoice received')
  await dialog.getByLabel('Amount').fill('12,40')
  await expect(dialog.getByLabel('Currency')).toHaveValue('EUR')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expectOutcome(page, 'valid', 'Released: 1 item')
  await expect(state).toHaveText('Released')
  await expect(state).toHaveCSS('color', GREEN)
  await expect(item.getByTestId('customs-duty')).toContainText(/Duty EUR\s?12\.40: not paid yet/)
  await page.keyboard.press('F10')
  const payment = page.getByTestId('customs-payment-dialog')
  await expect(payment.getByLabel('Payment reference')).toBeFocused()
  await page.keyboard.type('RC-88412')
  await page.keyboard.press('Enter')
  await expect(payment).toBeHidden()
  await expectOutcome(page, 'valid', 'Duty paid, reference RC-88412')
  await expect(item.getByTestId('customs-duty')).toContainText('paid, reference RC-88412')
  await signOut(page)

  // Back at the bagging station, the scarves go in.
  await page.keyboard.press('Alt+2')
  await signIn(page, 'wil', '1357')
  await expect(page.getByTestId('receptacle-destination')).toContainText('USJFKA')
  await scan(page, SCARVES)
  await expect(page.getByTestId('scan-banner-outcome')).toHaveText('Accepted')
})

test.describe('Français', () => {
  test.use({ locale: 'fr-FR' })

  test('the customs queue in French', async ({ page }) => {
    await openApp(page, '/#/customs')
    await expect(page.getByRole('heading', { level: 1, name: 'Douane' })).toBeVisible()
    await signIn(page, 'cleo', '2468')
    await scan(page, CARD_HOLDERS)
    await expectOutcome(page, 'warning', 'Retenu : contrôle physique')
    const item = page.getByTestId('customs-item')
    await expect(item.getByTestId('customs-ead-status')).toHaveText('Données préalables incomplètes (INC)')
    await expect(item.getByTestId('customs-findings')).toContainText('Bloque :')
    const scarves = page.getByTestId('customs-row').filter({ hasText: 'RB 888 000 013 FR' })
    await expect(scarves.getByTestId('customs-row-state')).toHaveText('Mainlevée donnée')
    await shootWhole(page, 'customs-fr')
  })
})

/** New York's ITMREF: its customs asks for the card holders' invoice (a request for information). */
const ITMREF =
  "UNA:+.? '\nUNB+UNOC:3+USJFKA+FRCDGA+260314:2041+4711'\nUNH+1+ITMREF:1:0:UP'\nBGM+963++9'\n" +
  "GIN+BN+RB888000027FR'\nSTS+1+RFI'\nFTX+AAI+++Commercial invoice for the card holders, please'\n" +
  "CNT+2:1'\nUNT+7+1'\nUNZ+1+4711'\n"

/** A partner's EDI file through the contract, as the mailbox hands it over, in the exchange office's name. */
async function receiveEdi(baseURL: string, name: string, content: string): Promise<void> {
  const socket = new WebSocket(`${baseURL.replace(/^http/, 'ws')}/api`)
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  try {
    const { session } = (await request(socket, 1, 'session.signIn', { operator: 'ana', pin: '4321' })) as {
      session: string
    }
    const result = (await request(socket, 2, 'edi.import', { session, name, content })) as {
      applied: boolean
    }
    expect(result.applied).toBe(true)
    await request(socket, 3, 'session.signOut', { session })
  } finally {
    socket.close()
  }
}

test('the officer answers the destination’s referral: a REFRSP goes back, the referral closes', async ({
  page,
  baseURL,
}) => {
  await receiveEdi(baseURL!, 'itmref-4711.edi', ITMREF)
  await openApp(page, '/#/customs')
  await signIn(page, 'cleo', '2468')
  await scan(page, CARD_HOLDERS)
  const item = page.getByTestId('customs-item')
  await expect(item).toHaveAttribute('data-item', CARD_HOLDERS)
  await expect(item.getByTestId('customs-referral')).toContainText(
    'The destination raised a referral: request for information.',
  )
  await item.getByTestId('customs-answer-referral').click()
  const dialog = page.getByTestId('customs-referral-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Commercial invoice for the card holders, please')
  await expect(dialog.getByLabel('Response')).toBeFocused()
  // Without the action in words, nothing is sent.
  await dialog.getByRole('button', { name: 'Send the answer' }).click()
  await expect(dialog).toContainText('Say what was done.')
  await dialog.getByLabel('Response').selectOption('INFO')
  await dialog.getByLabel('Action taken').fill('Invoice no. 2026-0412 sent to USJFKA customs by e-mail')
  await page.screenshot({ path: `${SCREENSHOTS}/customs-referral-answer.png` })
  await dialog.getByRole('button', { name: 'Send the answer' }).click()
  await expectOutcome(page, 'valid', 'Referral answered: INFO')
  await expect(dialog).toHaveCount(0)
  await expect(item.getByTestId('customs-referral')).toHaveCount(0)
  // The referral and its answer are in the item's station log.
  await expect(item).toContainText('RFI from the destination (ITMREF): Commercial invoice')
  await expect(item).toContainText('RFI answered INFO, the information asked for is given')
  await shootWhole(page, 'customs-referral-answered')

  const answer = (await eventLog(baseURL!)).find((e) => e.type === 'ead.answer')
  expect(answer).toMatchObject({ operator: 'cleo', code: CARD_HOLDERS })
  expect(answer!.reason).toContain('REFRSP message #')
})
