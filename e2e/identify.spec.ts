// The Identify screen against a real engine: a real receptacle id read field by field, an S10 with a
// wrong check digit explained in words, and the same screen in French.
import { expect, test } from '@playwright/test'
import { field, openApp, scan, SCREENSHOTS } from './helpers'

test('identifies a real receptacle, rejects a bad check digit in words, and speaks French', async ({
  page,
}) => {
  await openApp(page)
  const input = page.getByLabel('Scan or type a code')
  await expect(input).toBeFocused()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  // A receptacle from Roissy to Algiers, from a real Algérie Poste data export.
  await scan(page, 'FRCDGADZALGDAUN40553006010061')
  const result = page.getByTestId('result')
  await expect(result).toHaveAttribute('data-outcome', 'valid')
  await expect(page.getByTestId('result-outcome')).toHaveText('Valid receptacle')
  await expect(page.getByTestId('result-kind')).toHaveText('Receptacle (S9)')
  await expect(page.getByTestId('result-code')).toHaveText('FRCDGA DZALGD A UN 4 0553 006 0 1 0061')
  await expect(field(page, 'Origin office of exchange')).toHaveText(/FRCDGA\s*Roissy courrier international/)
  await expect(field(page, 'Destination office of exchange')).toContainText('DZALGD')
  await expect(field(page, 'Mail category')).toHaveText(/^A\s*Priority mail or airmail$/)
  await expect(field(page, 'Mail subclass')).toHaveText(/^UN\s*Letter post/)
  await expect(field(page, 'Mail class')).toHaveText(/^U\s*Letter post$/)
  await expect(field(page, 'Year (last digit)')).toHaveText('4')
  await expect(field(page, 'Dispatch number')).toHaveText('553')
  await expect(field(page, 'Receptacle number')).toHaveText('6')
  await expect(field(page, 'Last receptacle of the dispatch')).toHaveText('No')
  await expect(field(page, 'Registered or insured items')).toHaveText('Yes')
  await expect(field(page, 'Gross weight')).toHaveText('6.1 kg')
  await expect(page.getByTestId('announcer')).toHaveText('Valid receptacle. Receptacle (S9)')
  // Ready for the next scan without touching anything.
  await expect(input).toHaveValue('')
  await expect(input).toBeFocused()
  await page.screenshot({ path: `${SCREENSHOTS}/identify-receptacle.png` })

  // RB 123 456 785 GB is a known-good S10; the same serial with check digit 4 is not.
  await scan(page, 'RB123456784GB')
  await expect(result).toHaveAttribute('data-outcome', 'invalid')
  await expect(page.getByTestId('result-outcome')).toHaveText('Not valid')
  await expect(page.getByTestId('result-kind')).toHaveText('Item (S10)')
  await expect(page.getByTestId('result-code')).toHaveText('RB 123 456 784 GB')
  await expect(page.getByTestId('result-errors')).toContainText(
    'Wrong check digit: the code has 4, but serial number 12345678 requires 5.',
  )
  await expect(page.getByTestId('announcer')).toContainText('Not valid. Item (S10). Wrong check digit')
  const history = page.getByTestId('history').getByRole('listitem')
  await expect(history).toHaveCount(2)
  await expect(history.first()).toContainText('RB 123 456 784 GB')
  await expect(history.nth(1)).toContainText('FRCDGA DZALGD A UN 4 0553 006 0 1 0061')
  await page.screenshot({ path: `${SCREENSHOTS}/identify-error.png` })

  // Language from the keyboard: Settings (the tenth screen, without an Alt digit) from its nav link.
  await page.getByRole('link', { name: /^Settings/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await page.getByLabel('Français').check()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible()

  await page.keyboard.press('F2')
  await expect(page.getByLabel('Scannez ou tapez un code')).toBeFocused()
  // The result on screen is translated too, not only the labels around it.
  await expect(page.getByTestId('result-outcome')).toHaveText('Non valide')
  await expect(page.getByTestId('result-kind')).toHaveText('Envoi (S10)')
  await expect(page.getByTestId('result-errors')).toContainText(
    'Chiffre de contrôle erroné : le code porte 4, mais le numéro de série 12345678 exige 5.',
  )

  await scan(page, 'FRCDGADZALGDAUN40553006010061')
  await expect(page.getByTestId('result-outcome')).toHaveText('Récipient valide')
  await expect(page.getByTestId('result-kind')).toHaveText('Récipient (S9)')
  await expect(field(page, "Bureau d'échange d'origine")).toContainText('FRCDGA')
  await expect(field(page, 'Catégorie de courrier')).toHaveText(/^A\s*Courrier prioritaire ou par avion$/)
  await expect(field(page, 'Numéro de dépêche')).toHaveText('553')
  await expect(field(page, 'Numéro de récipient')).toHaveText('6')
  await expect(field(page, 'Dernier récipient de la dépêche')).toHaveText('Non')
  await expect(field(page, 'Envois recommandés ou avec valeur déclarée')).toHaveText('Oui')
  await expect(field(page, 'Poids brut')).toHaveText(/^6,1\s?kg$/)
  await expect(page.getByRole('navigation', { name: 'Écrans' })).toContainText('Dépêches')
  await page.screenshot({ path: `${SCREENSHOTS}/identify-fr.png` })

  // The choice is remembered on this computer.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByLabel('Scannez ou tapez un code')).toBeFocused()
})
