import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots'
mkdirSync(SHOTS, { recursive: true })
const CONTACTS = join(
  import.meta.dirname,
  '../../shared/data/crm_exports/salesforce_amaxa/Contact.csv',
)

test('a Salesforce contact export imports through the wizard: columns suggested, every row previewed, written, then undone', async ({
  page,
}) => {
  await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
  await page.getByRole('link', { name: 'Import' }).click()
  await page.getByLabel('Import into').selectOption('contact')
  await page.getByLabel('CSV file').setInputFiles({
    name: 'Contact.csv',
    mimeType: 'text/csv',
    buffer: readFileSync(CONTACTS),
  })
  await page.getByRole('button', { name: 'Upload' }).click()

  await expect(
    page.getByLabel('Field for LastName', { exact: true }),
  ).toHaveValue('last_name')
  await expect(page.getByLabel('Field for Email', { exact: true })).toHaveValue(
    'email',
  )
  // Salesforce ids name no record in Rapport.
  await page.getByLabel('Field for AccountId', { exact: true }).selectOption('')
  await page.getByRole('button', { name: 'Preview' }).click()
  const preview = page.getByTestId('import-preview')
  await expect(preview.locator('tr[data-status="ready"]').first()).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/import-preview.png`, fullPage: true })

  const write = page.getByRole('button', { name: /^Import \d+ rows$/ })
  const ready = Number((await write.textContent())?.match(/\d+/)?.[0])
  await write.click()
  const progress = page.getByTestId('import-progress')
  await expect(progress).toContainText(`Done: ${ready} of ${ready} rows`)
  await page.screenshot({ path: `${SHOTS}/import-done.png`, fullPage: true })

  await progress.getByRole('button', { name: /^Undo/ }).click()
  await expect(progress).toContainText('Undone')
})
