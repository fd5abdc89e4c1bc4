import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { sessionApi } from './support/session-api.js'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots'
mkdirSync(SHOTS, { recursive: true })
const DIR =
  process.env.RAPPORT_DATASET_DIR ??
  join(import.meta.dirname, '../../shared/data/crm-sales-opportunities')
const FILES = ['accounts', 'products', 'sales_teams', 'sales_pipeline']
const ADMIN = {
  email: 'admin@wizard.example',
  password: 'wizard admin password',
}

/** A workspace of its own, made by the CLI through the running server. */
function createWorkspace() {
  execFileSync(
    'npx',
    [
      'tsx',
      'src/cli/main.ts',
      'create-workspace',
      '--workspace',
      'wizard',
      '--name',
      'Wizard Sales',
      '--admin-email',
      ADMIN.email,
      '--admin-password',
      ADMIN.password,
    ],
    { env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR } },
  )
}

test('the B2B pipeline data set imports through the wizard in one go, linked', async ({
  page,
}) => {
  test.skip(!existsSync(DIR), `no data set at ${DIR}`)
  test.setTimeout(180_000)
  // The demo workspace stays as the other stories expect it.
  createWorkspace()
  await signIn(page, 'wizard', ADMIN.email, ADMIN.password)
  await page.getByRole('link', { name: 'Import' }).click()
  const form = page.getByRole('form', {
    name: 'Import the B2B pipeline data set',
  })
  await form
    .getByLabel('Data set files')
    .setInputFiles(FILES.map((name) => join(DIR, `${name}.csv`)))
  await form.getByRole('button', { name: 'Import the data set' }).click()
  const report = form.getByTestId('dataset-report')
  await expect(report).toBeVisible({ timeout: 150_000 })
  const row = (kind: string) =>
    report
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: kind, exact: true }) })
  await expect(row('Opportunities')).toContainText('8,800')
  await expect(row('Accounts')).toContainText('85')
  await page.screenshot({
    path: `${SHOTS}/dataset-imported.png`,
    fullPage: true,
  })

  // Linked: a deal of the set has its account, its agent as owner, and a
  // product line.
  const api = await sessionApi(page)
  const [deal] = await api.get<
    {
      id: string
      account: { name: string } | null
      owner: { name: string } | null
    }[]
  >('/api/v1/opportunities?limit=1&q=Cancity&include=account,owner')
  expect(deal.account?.name).toBe('Cancity')
  expect(deal.owner?.name).toEqual(expect.any(String))
  const lines = await api.get<unknown[]>(
    `/api/v1/opportunity-products?filter[opportunity_id]=${deal.id}`,
  )
  expect(lines).toHaveLength(1)
})
