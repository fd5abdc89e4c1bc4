import { expect, test } from '@playwright/test'
import { signIn } from './support/sign-in.js'

test.describe('the demo workspace', () => {
  test('signs in to the board and opens an account with its timeline', async ({
    page,
  }) => {
    await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
    const columns = page.getByTestId('stage-column')
    await expect(columns.first()).toBeVisible()
    await expect(page.getByTestId('deal-card').first()).toBeVisible()
    await page.screenshot({ path: 'test-results/e2e/demo-board.png' })

    await page.getByRole('link', { name: 'Accounts' }).first().click()
    const rows = page.getByTestId('record-row')
    await expect(rows.first()).toBeVisible()
    await rows.first().click()
    await expect(page.getByTestId('field-grid')).toBeVisible()
    await expect(page.getByTestId('timeline')).toBeVisible()
    await expect(page.getByTestId('audit-history')).toBeVisible()
    await page.screenshot({ path: 'test-results/e2e/demo-account.png' })
  })

  test('shows the server validation message beside the field', async ({
    page,
  }) => {
    await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
    await page.goto('/accounts')
    await page.getByRole('button', { name: /new account/i }).click()
    await page.locator('input[name="name"]').fill('Validation Check Ltd')
    await page.locator('input[name="employees"]').fill('-3')
    await page.getByRole('button', { name: /^(save|create)/i }).click()
    await expect(page.getByText(/zero or more/i).first()).toBeVisible()
  })
})
