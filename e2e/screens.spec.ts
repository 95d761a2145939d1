// Every screen in every language, photographed for review, with the checks that catch the usual
// defects: an untranslated label, a value in the wrong number format, a screen that lies.
import { expect, test, type Page } from '@playwright/test'
import { field, openApp, scan, SCREENSHOTS } from './helpers'

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` })
}

test.describe('English', () => {
  test.use({ locale: 'en-GB' })

  test('identify: item, warnings, dispatch, office', async ({ page }) => {
    await openApp(page)
    await scan(page, 'RB123456785GB')
    await expect(page.getByTestId('result-outcome')).toHaveText('Valid item')
    await expect(field(page, 'Service')).toHaveText(/^RB\s*Letter post, registered$/)
    await expect(field(page, 'Country')).toHaveText(/^GB\s*United Kingdom$/)
    await shoot(page, 'identify-item')

    await scan(page, 'FRCDGADZALGDAUN40553006019999')
    await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'warning')
    await expect(page.getByTestId('result-outcome')).toHaveText('Valid receptacle, with warnings')
    await expect(page.getByTestId('result-warnings')).toContainText(
      'Weight code 9999 means heavier than 999.8 kg',
    )
    await expect(field(page, 'Gross weight')).toHaveText('over 999.8 kg')
    await shoot(page, 'identify-warning-receptacle')

    await scan(page, 'RB123456785XX')
    await expect(page.getByTestId('result-outcome')).toHaveText('Valid item, with warnings')
    await expect(page.getByTestId('result-warnings')).toContainText(
      'Country code XX is not an ISO country code.',
    )
    await shoot(page, 'identify-warning-item')

    await scan(page, 'AEDXBADZAAEDACN45001')
    await expect(page.getByTestId('result-kind')).toHaveText('Dispatch (S8)')
    // DZAAED is in the station's IMPC list, but without a name; an unlisted office says so.
    await expect(field(page, 'Destination office of exchange')).toHaveText(/^DZAAED\s*name not known$/)
    await scan(page, 'FRCDGAZZZZZAAUN40553')
    await expect(field(page, 'Destination office of exchange')).toHaveText(
      /^ZZZZZA\s*not in the IMPC code list$/,
    )
    await expect(page.getByTestId('result-warnings')).toContainText(
      'Destination office ZZZZZA is not in the IMPC code list of this station; check the code.',
    )
    await shoot(page, 'identify-dispatch')

    await scan(page, 'FRCDGA')
    await expect(page.getByTestId('result-kind')).toHaveText('Office of exchange (IMPC)')
    await expect(field(page, 'Office name')).toHaveText('Roissy courrier international')

    await scan(page, 'HELLO')
    await expect(page.getByTestId('result-outcome')).toHaveText('Not valid')
    await expect(page.getByTestId('result-kind')).toHaveText('Not recognised')
    await shoot(page, 'identify-unknown')
  })

  test('identify at 1920×1080', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await openApp(page)
    await scan(page, 'RB123456784GB')
    await scan(page, 'FRCDGADZALGDAUN40553006010061')
    await expect(page.getByTestId('result-outcome')).toHaveText('Valid receptacle')
    await shoot(page, 'identify-receptacle-1920')
  })

  test('settings and a screen not built yet', async ({ page }) => {
    await openApp(page, '/#/settings')
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await expect(page.getByLabel('English')).toBeChecked()
    await expect(page.getByTestId('about')).toContainText('station server')
    await expect(page.getByTestId('code-lists')).toContainText('service-indicators')
    await expect(page.getByTestId('code-lists')).toContainText('S10-12')
    // Sound settings survive a reload.
    await page.getByLabel('Play a tone after each scan or identification').uncheck()
    await page.reload()
    await expect(page.getByLabel('Play a tone after each scan or identification')).not.toBeChecked()
    await expect(page.getByRole('button', { name: 'Good read' })).toBeDisabled()
    await page.getByLabel('Play a tone after each scan or identification').check()
    await shoot(page, 'settings')
    await page.getByTestId('code-lists').scrollIntoViewIfNeeded()
    await shoot(page, 'settings-code-lists')

    await page.keyboard.press('Alt+6')
    await expect(page.getByRole('heading', { level: 1, name: 'Item history' })).toBeVisible()
    await expect(page.getByText('not available in this version')).toBeVisible()
    await shoot(page, 'planned-history')
  })
})

test.describe('Français', () => {
  test.use({ locale: 'fr-FR' })

  test('the browser language is the default; settings and planned screens in French', async ({ page }) => {
    await openApp(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await scan(page, 'FRCDGADZALGDAUN40553006019999')
    await expect(page.getByTestId('result-outcome')).toHaveText('Récipient valide, avec avertissements')
    await expect(field(page, 'Poids brut')).toHaveText(/^plus de 999,8\s?kg$/)
    await shoot(page, 'identify-fr-warning')

    // Settings is the tenth screen: no Alt digit, reached from the navigation.
    await page.getByRole('link', { name: /^Réglages/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible()
    await expect(page.getByTestId('about')).toContainText('serveur de la station')
    await shoot(page, 'settings-fr')

    await page.keyboard.press('Alt+4')
    await expect(
      page.getByText("Cet écran n'est pas disponible dans cette version de Post Station."),
    ).toBeVisible()
    await expect(page.getByText(/Recevoir les dépêches/)).toBeVisible()
    await shoot(page, 'planned-fr')
  })
})

test.describe('Español', () => {
  test.use({ locale: 'es-ES' })

  test('identify, settings and a planned screen in Spanish', async ({ page }) => {
    await openApp(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await scan(page, 'FRCDGADZALGDAUN40553006010061')
    await expect(page.getByTestId('result-outcome')).toHaveText('Receptáculo válido')
    await expect(page.getByTestId('result-kind')).toHaveText('Receptáculo (S9)')
    await expect(field(page, 'Oficina de cambio de origen')).toContainText('FRCDGA')
    await expect(field(page, 'Último receptáculo del despacho')).toHaveText('No')
    await expect(field(page, 'Envíos certificados o asegurados')).toHaveText('Sí')
    await expect(field(page, 'Peso bruto')).toHaveText(/^6,1\s?kg$/)
    await shoot(page, 'identify-es')

    await scan(page, 'RB123456784GB')
    await expect(page.getByTestId('result-outcome')).toHaveText('No válido')
    await expect(page.getByTestId('result-errors')).toContainText('Dígito de control erróneo')
    await expect(field(page, 'País')).toHaveText(/^GB\s*Reino Unido$/)
    await shoot(page, 'identify-es-error')

    await page.getByRole('link', { name: /^Ajustes/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible()
    await shoot(page, 'settings-es')

    await page.keyboard.press('Alt+6')
    await expect(
      page.getByText('Esta pantalla no está disponible en esta versión de Post Station.'),
    ).toBeVisible()
    await shoot(page, 'planned-es')
  })
})
