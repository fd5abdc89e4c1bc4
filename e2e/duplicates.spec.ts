import { mkdirSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { type SessionApi, sessionApi } from './support/session-api.js'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots'

interface Contact {
  id: string
}

// Two contacts entered twice over, once with a tagged Gmail address and
// a national number: the record page notes the other, the Duplicates
// screen pairs them with its reasons, and "Not a duplicate" moves the
// pair to the dismissed list, from which it can be shown again.
test.describe('duplicates', () => {
  test.describe.configure({ mode: 'serial' })
  let page: Page
  let api: SessionApi
  let first: Contact
  let second: Contact

  test.beforeAll(async ({ browser }) => {
    mkdirSync(SHOTS, { recursive: true })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
    api = await sessionApi(page)
    first = await api.send<Contact>('POST', '/api/v1/contacts', {
      first_name: 'Zoë',
      last_name: 'Quillfeather',
      email: 'zoe.quillfeather+events@gmail.com',
      phone: '(646) 555-0142',
    })
    second = await api.send<Contact>('POST', '/api/v1/contacts', {
      first_name: 'Zoe',
      last_name: 'Quilfeather',
      secondary_email: 'ZOE.QUILLFEATHER@gmail.com',
      mobile_phone: '+16465550142',
    })
  })

  test.afterAll(async () => {
    await page.close()
  })

  test('a contact page notes its possible duplicate', async () => {
    await page.goto(`/contacts/${first.id}`)
    const note = page.getByTestId('possible-duplicates')
    await expect(note).toBeVisible()
    await expect(
      note.getByRole('link', { name: 'Zoe Quilfeather' }),
    ).toHaveAttribute('href', `/contacts/${second.id}`)
    await expect(note).toContainText('same email zoequillfeather@gmail.com')
    await expect(note).toContainText('same phone +16465550142')
    await page.screenshot({ path: `${SHOTS}/duplicates-record-note.png` })
  })

  test('the Duplicates screen pairs them and remembers "not a duplicate"', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Duplicates' })
      .click()
    await expect(page.getByTestId('duplicates-page')).toBeVisible()
    const pair = page
      .getByTestId('duplicate-pair')
      .filter({ hasText: 'Quilfeather' })
    await expect(pair).toHaveCount(1)
    await expect(pair).toContainText('name')
    await page.screenshot({ path: `${SHOTS}/duplicates-review.png` })

    await pair.getByRole('button', { name: 'Not a duplicate' }).click()
    await expect(pair).toHaveCount(0)
    await page.getByRole('tab', { name: 'Not duplicates' }).click()
    const dismissed = page
      .getByTestId('duplicate-pair')
      .filter({ hasText: 'Quilfeather' })
    await expect(dismissed).toHaveCount(1)
    await page.screenshot({ path: `${SHOTS}/duplicates-dismissed.png` })

    await page.goto(`/contacts/${first.id}`)
    await expect(
      page.getByRole('heading', { name: /Quillfeather/ }),
    ).toBeVisible()
    await expect(page.getByTestId('possible-duplicates')).toHaveCount(0)

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Duplicates' })
      .click()
    await page.getByRole('tab', { name: 'Not duplicates' }).click()
    await dismissed.getByRole('button', { name: 'Show again' }).click()
    await expect(dismissed).toHaveCount(0)
    await page.getByRole('tab', { name: 'To review' }).click()
    await expect(
      page.getByTestId('duplicate-pair').filter({ hasText: 'Quilfeather' }),
    ).toHaveCount(1)
  })

  test('a new contact form warns that the person may already exist', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Contacts' })
      .click()
    await page.getByRole('button', { name: 'New Contact' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Last name').fill('Quillfeather')
    await dialog
      .getByLabel('Email', { exact: true })
      .fill('Zoe.Quillfeather@Gmail.com')
    const warning = dialog.getByTestId('duplicate-warning')
    await expect(warning).toContainText('Zoë Quillfeather')
    await expect(warning).toContainText('same email zoequillfeather@gmail.com')
    await page.screenshot({ path: `${SHOTS}/duplicates-form-warning.png` })
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })

  test('the pair merges into one contact, and the merge is undone', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Duplicates' })
      .click()
    const pair = page
      .getByTestId('duplicate-pair')
      .filter({ hasText: 'Quilfeather' })
    await pair.getByRole('button', { name: 'Merge…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Merge records' })
    await expect(dialog.getByText('Keep as the record')).toBeVisible()
    await dialog.getByLabel('Zoë Quillfeather', { exact: true }).check()
    await dialog.getByLabel('Mobile from Zoë Quillfeather').check()
    await dialog.getByLabel('Other email from Zoe Quilfeather').check()
    await page.screenshot({ path: `${SHOTS}/duplicates-merge.png` })
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click()
    await expect(page.getByText('Records merged.')).toBeVisible()
    await expect(pair).toHaveCount(0)

    const kept = await api.get<Record<string, unknown>>(
      `/api/v1/contacts/${first.id}`,
    )
    expect(kept.secondary_email).toBe('ZOE.QUILLFEATHER@gmail.com')
    const gone = await api.get<Record<string, unknown>>(
      `/api/v1/contacts/${second.id}`,
    )
    expect(gone.deleted_at).toBeTruthy()

    await page.getByRole('button', { name: 'Undo merge' }).click()
    await expect(page.getByText('The merge was undone.')).toBeVisible()
    await expect(pair).toHaveCount(1)
    const back = await api.get<Record<string, unknown>>(
      `/api/v1/contacts/${second.id}`,
    )
    expect(back.deleted_at ?? null).toBeNull()
  })
})
