import { expect, type Page } from '@playwright/test'
import { addField, type NewField } from './add-field.js'

/**
 * Adds a choice field through Admin → Fields, one option per label, and
 * waits for its row to list the options.
 */
export async function addChoiceField(
  page: Page,
  field: NewField,
  options: string[],
) {
  const row = await addField(page, field, async (form) => {
    for (const [index, label] of options.entries()) {
      if (index > 0)
        await form.getByRole('button', { name: 'Add option' }).click()
      await form.getByLabel(`Option ${index + 1}`, { exact: true }).fill(label)
    }
  })
  await expect(row).toContainText(options.join(', '))
}
