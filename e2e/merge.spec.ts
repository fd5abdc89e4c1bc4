import { mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { sessionApi } from './support/session-api.js'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots'
mkdirSync(SHOTS, { recursive: true })

interface Row {
  id: string
  name?: string
  email?: string | null
  deleted_at?: string | null
}

test('a contact entered twice is merged from its page, value by value, and the merge undone', async ({
  page,
}) => {
  await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
  const api = await sessionApi(page)
  const [account] = await api.get<Row[]>('/api/v1/accounts?limit=1&sort=name')
  const kept = await api.send<Row>('POST', '/api/v1/contacts', {
    first_name: 'Marta',
    last_name: 'Quillfeather',
    email: 'marta@old-mail.example',
  })
  const twin = await api.send<Row>('POST', '/api/v1/contacts', {
    first_name: 'Marta',
    last_name: 'Quillfeather-Ríos',
    email: 'marta.quillfeather@work.example',
    phone: '+44 20 7946 0958',
  })
  await api.send('POST', '/api/v1/account-contacts', {
    account_id: account.id,
    contact_id: twin.id,
  })
  await api.send('POST', '/api/v1/activities', {
    type: 'call',
    subject: 'Call with Marta about the renewal',
    links: [{ recordType: 'contact', recordId: twin.id }],
  })

  await page.goto(`/contacts/${kept.id}`)
  const panel = page.getByTestId('merge-panel')
  await panel.getByRole('button', { name: 'Merge with…' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Find the contact to merge with').fill('Quillfeather')
  await dialog.getByRole('button', { name: 'Marta Quillfeather-Ríos' }).click()

  await expect(page).toHaveURL(/\/merge\?type=contact&ids=/)
  const merge = page.getByTestId('merge-page')
  await expect(
    merge.getByRole('radio', { name: 'Keep Marta Quillfeather', exact: true }),
  ).toBeChecked()
  // The kept contact has no phone: the twin's is offered first.
  await expect(
    merge.getByRole('radio', { name: 'Phone from Marta Quillfeather-Ríos' }),
  ).toBeChecked()
  await merge
    .getByRole('radio', { name: 'Email from Marta Quillfeather-Ríos' })
    .check()
  await merge
    .getByRole('radio', {
      name: 'Last name from Marta Quillfeather',
      exact: true,
    })
    .check()
  const moves = merge.getByRole('region', { name: 'What moves' })
  await expect(moves).toContainText('Activities: 1')
  await expect(moves).toContainText('Account links: 1')
  await moves.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/merge-choose.png` })

  // A deleted record cannot take part: the server's reason, beside the button.
  const gone = await api.send<Row>('POST', '/api/v1/contacts', {
    last_name: 'Quillfeather (old)',
  })
  await api.send('DELETE', `/api/v1/contacts/${gone.id}`)
  await page.goto(`/merge?type=contact&ids=${kept.id},${twin.id},${gone.id}`)
  const refused = page.getByTestId('merge-page').getByRole('alert')
  await expect(refused).toContainText('is deleted; restore it first')
  await expect(
    page.getByRole('button', { name: 'Merge 3 records' }),
  ).toBeDisabled()
  await refused.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/merge-refused.png` })

  await page.goto(`/merge?type=contact&ids=${kept.id},${twin.id}`)
  await page
    .getByRole('radio', { name: 'Email from Marta Quillfeather-Ríos' })
    .check()
  await page.getByRole('button', { name: 'Merge 2 records' }).click()
  const done = page.getByRole('status', { name: 'Merged' })
  await expect(done).toContainText('Merged 1 contact into')
  await page.screenshot({ path: `${SHOTS}/merge-done.png` })
  const merged = await api.get<Row>(`/api/v1/contacts/${kept.id}`)
  expect(merged.email).toBe('marta.quillfeather@work.example')
  expect(
    (await api.get<Row>(`/api/v1/contacts/${twin.id}`)).deleted_at,
  ).toBeTruthy()

  // Undone: the twin is back with its call, the kept contact as it was.
  await done.getByRole('button', { name: 'Undo merge' }).click()
  await expect(
    page.getByRole('button', { name: 'Merge 2 records' }),
  ).toBeVisible()
  expect(
    (await api.get<Row>(`/api/v1/contacts/${twin.id}`)).deleted_at ?? null,
  ).toBeNull()
  expect((await api.get<Row>(`/api/v1/contacts/${kept.id}`)).email).toBe(
    'marta@old-mail.example',
  )

  // Merged again, the kept contact's page shows the twin's call and account.
  await page.getByRole('button', { name: 'Merge 2 records' }).click()
  await page.getByRole('link', { name: /^Open / }).click()
  await expect(page).toHaveURL(new RegExp(`/contacts/${kept.id}$`))
  await expect(page.getByTestId('timeline')).toContainText(
    'Call with Marta about the renewal',
  )
  await expect(
    page.getByRole('main').getByRole('link', { name: account.name }).first(),
  ).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/merge-survivor.png` })

  // The survivor's page keeps the merge, undoable; the twin's points here.
  const panel2 = page.getByTestId('merge-panel')
  await expect(panel2).toContainText('1 contact merged into this one')
  await panel2.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/merge-panel-history.png` })
  await page.goto(`/contacts/${twin.id}`)
  const gonePanel = page.getByTestId('merge-panel')
  await expect(gonePanel).toContainText('Merged into another contact')
  await gonePanel.getByRole('button', { name: 'Undo merge' }).click()
  // Back in use, the twin can be merged again.
  await expect(
    gonePanel.getByRole('button', { name: 'Merge with…' }),
  ).toBeVisible()
  expect(
    (await api.get<Row>(`/api/v1/contacts/${twin.id}`)).deleted_at ?? null,
  ).toBeNull()
})
