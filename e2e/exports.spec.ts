import { mkdirSync, readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { sessionApi } from './support/session-api.js'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots'
mkdirSync(SHOTS, { recursive: true })

test('a rep-sized list exports as shown: searched, sorted, its columns, and downloads', async ({
  page,
}) => {
  await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
  const api = await sessionApi(page)
  const term = 'migration'
  const shown = await api.get<{ name: string }[]>(
    `/api/v1/opportunities?limit=200&sort=name&q=${term}`,
  )
  expect(shown.length).toBeGreaterThan(1)

  await page.goto(`/opportunities?q=${term}&sort=name`)
  await expect(page.getByTestId('record-row').first()).toBeVisible()
  await page.getByRole('button', { name: 'Export' }).click()
  await page.getByRole('menuitem', { name: 'CSV file' }).click()
  const progress = page.getByTestId('export-progress')
  await expect(progress).toContainText(`Ready: ${shown.length} records`)
  await page.screenshot({ path: `${SHOTS}/export-ready.png` })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    progress.getByRole('link', { name: 'Download CSV' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(
    /^opportunities-\d{4}-\d{2}-\d{2}\.csv$/,
  )
  const rows: string[][] = parse(readFileSync(await download.path()), {
    bom: true,
  })
  expect(rows[0].slice(0, 2)).toEqual(['Rapport ID', 'Name'])
  expect(rows.slice(1).map((r) => r[1])).toEqual(shown.map((d) => d.name))
  await progress.getByRole('button', { name: 'Close' }).click()
  await expect(progress).toHaveCount(0)
})
