import { mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { sessionApi } from './support/session-api.js'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots'
mkdirSync(SHOTS, { recursive: true })

test('an admin chooses three leads in the list and marks them all as working', async ({
  page,
}) => {
  await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
  const api = await sessionApi(page)
  const made: { id: string }[] = []
  for (const name of ['Mass One', 'Mass Two', 'Mass Three']) {
    made.push(
      await api.send('POST', '/api/v1/leads', {
        last_name: name,
        company: 'Massive Dynamic',
        status: 'new',
      }),
    )
  }

  await page.goto('/leads?q=Massive')
  const rows = page.getByTestId('record-row')
  await expect(rows).toHaveCount(3)
  for (const name of ['Mass One', 'Mass Two', 'Mass Three']) {
    await page.getByRole('checkbox', { name: `Choose ${name}` }).check()
  }
  await page.getByRole('button', { name: 'Change 3 selected' }).click()
  const dialog = page.getByRole('dialog', { name: 'Change 3 leads' })
  await dialog.getByLabel('Field').selectOption({ label: 'Status' })
  await dialog.getByLabel('New value').selectOption({ label: 'Working' })
  await page.screenshot({ path: `${SHOTS}/mass-update.png` })
  await dialog.getByRole('button', { name: 'Change 3' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('3 leads changed')).toBeVisible()
  await expect(page.getByRole('button', { name: /selected$/ })).toHaveCount(0)
  for (const { id } of made) {
    const lead = await api.get<{ status: string }>(`/api/v1/leads/${id}`)
    expect(lead.status).toBe('working')
  }
  await expect(rows.first()).toContainText('Working')
})
