import { mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { sessionApi } from './support/session-api.js'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots'
mkdirSync(SHOTS, { recursive: true })

interface Row {
  id: string
  name: string
}

test('a qualified lead becomes a contact at the account it names, with a new deal and its call', async ({
  page,
}) => {
  await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
  const api = await sessionApi(page)
  const [account] = await api.get<Row[]>('/api/v1/accounts?limit=1&sort=name')
  const lead = await api.send<Row>('POST', '/api/v1/leads', {
    first_name: 'Quinn',
    last_name: 'Qualified',
    company: account.name,
    email: 'quinn.qualified@example.test',
    title: 'Buyer',
  })
  await api.send('POST', '/api/v1/activities', {
    type: 'call',
    subject: 'Discovery call with Quinn',
    occurred_at: '2026-11-20T15:00:00Z',
    links: [{ recordType: 'lead', recordId: lead.id }],
  })

  await page.goto(`/leads/${lead.id}`)
  const panel = page.getByTestId('lead-conversion')
  await expect(panel).toBeVisible()
  await panel.getByRole('button', { name: 'Convert lead' }).click()
  const dialog = page.getByRole('dialog', { name: 'Convert lead' })
  // The lead names an account that exists: it is offered, and chosen.
  const existing = dialog.getByRole('radio', { name: `Use ${account.name}` })
  await expect(existing).toBeChecked()
  await expect(dialog).toContainText('same company name')
  await expect(
    dialog.getByRole('radio', { name: `Start a new account, ${account.name}` }),
  ).not.toBeChecked()
  await expect(
    dialog.getByRole('radio', { name: 'Create a new contact from the lead' }),
  ).toBeChecked()
  await dialog.getByLabel('Also open an opportunity').check()
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue(
    account.name,
  )
  await dialog.getByLabel('Amount').fill('not a number')
  await dialog.getByRole('button', { name: 'Convert' }).click()
  // The server's refusal sits beside the amount; nothing was converted.
  await expect(
    dialog.locator('.field').filter({ hasText: 'Amount' }).getByRole('alert'),
  ).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/lead-convert-dialog.png` })
  await dialog.getByLabel('Amount').fill('18250')
  await dialog.getByLabel('Close date').fill('2027-02-26')
  await dialog.getByRole('button', { name: 'Convert' }).click()

  // The new contact's page: at the account, with the lead's call.
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Quinn Qualified',
  )
  await expect(
    page.getByRole('main').getByRole('link', { name: account.name }).first(),
  ).toBeVisible()
  await expect(page.getByTestId('timeline')).toContainText(
    'Discovery call with Quinn',
  )
  const from = page.getByTestId('related-leads')
  await expect(from).toContainText('Leads converted here')
  await expect(from).toContainText('Qualified')
  await page.screenshot({ path: `${SHOTS}/lead-converted-contact.png` })

  // The lead says what it became.
  await page.goto(`/leads/${lead.id}`)
  const made = page.getByTestId('lead-converted')
  await expect(made).toContainText('this lead became')
  await expect(made.getByRole('link', { name: 'Qualified' })).toBeVisible()
  // The account and the deal, which is named after it.
  await expect(
    made.getByRole('link', { name: account.name, exact: true }),
  ).toHaveCount(2)
  await expect(page.getByTestId('lead-conversion')).toHaveCount(0)
  await page.screenshot({ path: `${SHOTS}/lead-converted.png` })

  // Later stories count the administrator's deals: leave them as found.
  const { converted_opportunity_id: deal } = await api.get<{
    converted_opportunity_id: string
  }>(`/api/v1/leads/${lead.id}`)
  await api.send('DELETE', `/api/v1/opportunities/${deal}`)
})
