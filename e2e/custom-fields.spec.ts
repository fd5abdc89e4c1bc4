import { expect, test } from '@playwright/test'
import { signIn } from './support/sign-in.js'

test.describe('custom fields', () => {
  test('an admin adds a choice field that the account form and page show', async ({
    page,
  }) => {
    await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
    await page.getByRole('link', { name: 'Fields' }).click()
    await expect(page.getByTestId('custom-fields-page')).toBeVisible()

    await page.getByRole('button', { name: 'Add field' }).click()
    const form = page.getByRole('form', { name: 'Add field' })
    await form.locator('select[name="recordType"]').selectOption('account')
    await form.locator('input[name="label"]').fill('Partner tier')
    await expect(form.locator('input[name="name"]')).toHaveValue('partner_tier')
    await form.locator('select[name="type"]').selectOption({ label: 'Choice' })
    await form.getByLabel('Option 1', { exact: true }).fill('Gold')
    await form.getByRole('button', { name: 'Add option' }).click()
    await form.getByLabel('Option 2', { exact: true }).fill('Silver')
    await form.getByRole('button', { name: 'Add field' }).click()
    const row = page
      .getByTestId('custom-field-row')
      .filter({ hasText: 'partner_tier' })
    await expect(row).toContainText('Gold, Silver')

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
    await page.getByRole('link', { name: 'Fields' }).click()
    await expect(page.getByTestId('custom-fields-page')).toBeVisible()

    await page.getByRole('button', { name: 'Add field' }).click()
    const form = page.getByRole('form', { name: 'Add field' })
    await form.locator('select[name="recordType"]').selectOption('opportunity')
    await form.locator('input[name="label"]').fill('Components')
    await form
      .locator('select[name="type"]')
      .selectOption({ label: 'Multiple choice' })
    const labels = ['API', 'SSO', 'Audit log']
    for (const [index, label] of labels.entries()) {
      if (index > 0) {
        await form.getByRole('button', { name: 'Add option' }).click()
      }
      await form.getByLabel(`Option ${index + 1}`, { exact: true }).fill(label)
    }
    await form.getByRole('button', { name: 'Add field' }).click()
    const row = page
      .getByTestId('custom-field-row')
      .filter({ hasText: 'components' })
    await expect(row).toContainText('API, SSO, Audit log')

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
