import { expect, test } from '@playwright/test'
import { addChoiceField } from './support/add-choice-field.js'
import { signIn } from './support/sign-in.js'

test.describe('custom fields', () => {
  test('an admin adds a choice field that the account form and page show', async ({
    page,
  }) => {
    await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
    await addChoiceField(
      page,
      {
        recordType: 'account',
        label: 'Partner tier',
        type: 'Choice',
        name: 'partner_tier',
      },
      ['Gold', 'Silver'],
    )

    await page.getByRole('link', { name: 'Accounts' }).first().click()
    await page.getByRole('button', { name: /new account/i }).click()
    await page.locator('input[name="name"]').fill('Tiered Partner Ltd')
    await page.locator('select[name="partner_tier"]').selectOption('Gold')
    await page.getByRole('button', { name: /^(save|create)/i }).click()

    const tier = page
      .getByTestId('field-grid')
      .locator('[data-field="partner_tier"]')
    await expect(tier).toContainText('Partner tier')
    await expect(tier).toContainText('Gold')
  })

  test('an admin adds a multiple-choice field that an opportunity shows', async ({
    page,
  }) => {
    await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
    await addChoiceField(
      page,
      {
        recordType: 'opportunity',
        label: 'Components',
        type: 'Multiple choice',
        name: 'components',
      },
      ['API', 'SSO', 'Audit log'],
    )

    await page.getByRole('link', { name: 'Opportunities' }).first().click()
    await page.getByTestId('record-row').first().click()
    const components = page
      .getByTestId('field-grid')
      .locator('[data-field="components"]')
    await expect(components).toContainText('Components')

    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    const boxes = page.locator('input[name="components"]')
    await expect(boxes).toHaveCount(3)
    await boxes.and(page.locator('[value="api"]')).check()
    await boxes.and(page.locator('[value="sso"]')).check()
    await page.getByRole('button', { name: 'Save', exact: true }).click()

    await expect(components).toContainText('API, SSO')
  })
})
