import { expect, type Page } from '@playwright/test'

/**
 * Adds a choice field through Admin → Fields, one option per label, and
 * waits for its row to list the options.
 */
export async function addChoiceField(
  page: Page,
  field: { recordType: string; label: string; type: string; name: string },
  options: string[],
) {
  await page.getByRole('link', { name: 'Fields' }).click()
  await expect(page.getByTestId('custom-fields-page')).toBeVisible()
  await page.getByRole('button', { name: 'Add field' }).click()
  const form = page.getByRole('form', { name: 'Add field' })
  await form.locator('select[name="recordType"]').selectOption(field.recordType)
  await form.locator('input[name="label"]').fill(field.label)
  await expect(form.locator('input[name="name"]')).toHaveValue(field.name)
  await form.locator('select[name="type"]').selectOption({ label: field.type })
  for (const [index, label] of options.entries()) {
    if (index > 0)
      await form.getByRole('button', { name: 'Add option' }).click()
    await form.getByLabel(`Option ${index + 1}`, { exact: true }).fill(label)
  }
  await form.getByRole('button', { name: 'Add field' }).click()
  const row = page
    .getByTestId('custom-field-row')
    .filter({ hasText: field.name })
  await expect(row).toContainText(options.join(', '))
}
