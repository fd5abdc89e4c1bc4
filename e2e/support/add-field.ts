import { expect, type Locator, type Page } from '@playwright/test'

export interface NewField {
  /** The record type's API name, as the Record type select holds it. */
  recordType: string
  label: string
  /** The type's words in the Type select, e.g. "Money". */
  type: string
  /** The API name the form should suggest. */
  name: string
}

/**
 * Adds a field through Admin → Fields; `configure` fills in what the type
 * needs beyond a label (options, a target, a rollup) before it is sent.
 */
export async function addField(
  page: Page,
  field: NewField,
  configure?: (form: Locator) => Promise<unknown>,
) {
  await page.getByRole('link', { name: 'Fields' }).click()
  await expect(page.getByTestId('custom-fields-page')).toBeVisible()
  await page.getByRole('button', { name: 'Add field' }).click()
  const form = page.getByRole('form', { name: 'Add field' })
  await form.locator('select[name="recordType"]').selectOption(field.recordType)
  await form.locator('select[name="type"]').selectOption({ label: field.type })
  await form.locator('input[name="label"]').fill(field.label)
  await expect(form.locator('input[name="name"]')).toHaveValue(field.name)
  await configure?.(form)
  await form.getByRole('button', { name: 'Add field' }).click()
  await expect(form).toBeHidden()
  return page
    .locator(`[data-record-type="${field.recordType}"]`)
    .getByTestId('custom-field-row')
    .filter({ hasText: field.name })
}
