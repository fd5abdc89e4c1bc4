import { expect, type Locator, type Page, test } from '@playwright/test'
import { addField } from './support/add-field.js'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots3'
const ADMIN = { email: 'admin@demo.example', password: 'rapport-demo' }

interface Account {
  id: string
  name: string
}

/** A sales rep of the demo workspace; every demo user has its password. */
async function demoRepEmail(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/users?limit=200')
  const { data } = (await response.json()) as {
    data: { email: string; role: string; status: string }[]
  }
  const rep = data.find((u) => u.role === 'member' && u.status === 'active')
  if (!rep) throw new Error('the demo workspace has no active member')
  return rep.email
}

/** The first two accounts, by name, that the signed-in user can see. */
async function twoAccounts(page: Page): Promise<[Account, Account]> {
  const response = await page.request.get('/api/v1/accounts?limit=2&sort=name')
  const { data } = (await response.json()) as { data: Account[] }
  const [first, second] = data
  if (!first || !second) throw new Error('the demo has too few accounts')
  return [first, second]
}

/** Adds an account to a chip picker by typing its name. */
async function chooseAccount(picker: Locator, account: Account) {
  await picker.fill(account.name)
  const page = picker.page()
  await page.getByRole('option', { name: account.name, exact: true }).click()
}

async function filterByAccount(page: Page, account: Account) {
  await page.getByRole('button', { name: '+ Filter' }).click()
  const editor = page.getByRole('form', { name: 'Add filter' })
  await editor.getByLabel('Field').selectOption({ label: 'Accounts' })
  await expect(editor.getByLabel('Comparison')).toHaveText('contains')
  await editor.getByLabel('Value').fill(account.name)
  await editor.getByRole('button', { name: account.name, exact: true }).click()
  await expect(editor.getByLabel('Value')).toHaveValue(account.name)
  await page.screenshot({ path: `${SHOTS}/filter-editor.png` })
  await editor.getByRole('button', { name: 'Apply' }).click()
}

test.describe
  .serial('relations to many records', () => {
    let page: Page
    let first: Account
    let second: Account

    test.beforeAll(async ({ browser }) => {
      page = await browser.newPage()
    })

    test.afterAll(() => page.close())

    test('an admin adds Campaigns with a relation to many accounts and rolls their budgets up on each account', async () => {
      await signIn(page, 'demo', ADMIN.email, ADMIN.password)
      const rep = await demoRepEmail(page)

      await page.getByRole('link', { name: 'Objects' }).click()
      await page.getByRole('button', { name: 'Add object' }).click()
      const form = page.getByRole('form', { name: 'Add object' })
      await form.locator('input[name="label"]').fill('Campaign')
      await form.getByRole('button', { name: 'Add object' }).click()
      await expect(
        page.getByTestId('custom-object-row').filter({ hasText: 'campaigns' }),
      ).toBeVisible()

      const relation = await addField(
        page,
        {
          recordType: 'campaign',
          label: 'Accounts',
          type: 'Relation to many',
          name: 'account_ids',
        },
        (form) => form.locator('select[name="ref"]').selectOption('account'),
      )
      await expect(relation).toContainText('→ many Accounts')
      await addField(page, {
        recordType: 'campaign',
        label: 'Budget',
        type: 'Money',
        name: 'budget',
      })
      const rollup = await addField(
        page,
        {
          recordType: 'account',
          label: 'Campaign budget',
          type: 'Rollup',
          name: 'campaign_budget',
        },
        async (form) => {
          await form
            .locator('select[name="rollupObject"]')
            .selectOption('campaign')
          await expect(form.locator('select[name="rollupVia"]')).toHaveValue(
            'account_ids',
          )
          await form
            .locator('select[name="rollupField"]')
            .selectOption('budget')
          await page.screenshot({ path: `${SHOTS}/add-rollup.png` })
        },
      )
      await expect(rollup).toContainText('Sum: Budget of Campaigns')
      await page.screenshot({ path: `${SHOTS}/fields.png` })

      // The rest of the story is a rep's.
      await page.context().clearCookies()
      await signIn(page, 'demo', rep, 'rapport-demo')
      ;[first, second] = await twoAccounts(page)
    })

    test('a rep chooses accounts for two campaigns, as chips, with the mouse and the keyboard', async () => {
      const nav = page.getByRole('navigation', { name: 'Main' })
      await nav.getByRole('link', { name: 'Campaigns' }).click()
      await page.getByRole('button', { name: 'New Campaign' }).click()
      let dialog = page.getByRole('dialog', { name: 'New Campaign' })
      await dialog.locator('input[name="name"]').fill('Spring launch')
      const picker = dialog.getByRole('combobox', { name: 'Accounts' })
      await chooseAccount(picker, first)
      await chooseAccount(picker, second)
      const chips = dialog.getByTestId('ref-chip')
      await expect(chips).toHaveText([`${first.name}×`, `${second.name}×`])
      // A chip goes with its ×, and comes back from the list.
      await dialog
        .getByRole('button', { name: `Remove ${second.name}` })
        .click()
      await expect(chips).toHaveCount(1)
      await chooseAccount(picker, second)
      await dialog.locator('input[name="budget"]').fill('1000')
      await page.screenshot({ path: `${SHOTS}/picker.png` })
      await dialog.getByRole('button', { name: 'Create Campaign' }).click()
      await expect(dialog).toBeHidden()

      const accounts = page
        .getByTestId('field-grid')
        .locator('[data-field="account_ids"]')
      await expect(accounts.getByRole('link')).toHaveText([
        first.name,
        second.name,
      ])
      await page.screenshot({ path: `${SHOTS}/campaign.png` })

      await nav.getByRole('link', { name: 'Campaigns' }).click()
      await page.getByRole('button', { name: 'New Campaign' }).click()
      dialog = page.getByRole('dialog', { name: 'New Campaign' })
      await dialog.locator('input[name="name"]').fill('Autumn webinar')
      await picker.fill(first.name)
      // Once the search has answered, only that account matches.
      await expect(dialog.getByRole('listbox').getByRole('option')).toHaveText([
        first.name,
      ])
      await picker.press('ArrowDown')
      await expect(
        dialog.getByRole('option', { name: first.name, exact: true }),
      ).toHaveAttribute('aria-selected', 'true')
      await page.screenshot({ path: `${SHOTS}/picker-keyboard.png` })
      await picker.press('Enter')
      await expect(chips).toHaveText([`${first.name}×`])
      await dialog.locator('input[name="budget"]').fill('500')
      await dialog.getByRole('button', { name: 'Create Campaign' }).click()
      await expect(dialog).toBeHidden()

      await nav.getByRole('link', { name: 'Campaigns' }).click()
      const row = page
        .getByTestId('record-row')
        .filter({ hasText: 'Spring launch' })
      await expect(row.getByRole('link', { name: second.name })).toBeVisible()
      await page.screenshot({ path: `${SHOTS}/campaigns.png` })
    })

    test('an account shows its campaign budget and both campaigns; a new one starts with the account chosen', async () => {
      await page.goto(`/accounts/${first.id}`)
      const total = page
        .getByTestId('field-grid')
        .locator('[data-field="campaign_budget"]')
      await expect(total).toContainText('1,500.00')
      await total.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/account-total.png` })
      const related = page.getByTestId('related-campaigns')
      await expect(related.locator('.related-row')).toHaveCount(2)
      await expect(related).toContainText('Spring launch')
      await expect(related).toContainText('Autumn webinar')
      await related.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/account-campaigns.png` })

      await related.getByRole('button', { name: 'New Campaign' }).click()
      const dialog = page.getByRole('dialog', { name: 'New Campaign' })
      await expect(dialog.getByTestId('ref-chip')).toHaveText([
        `${first.name}×`,
      ])
      await page.screenshot({ path: `${SHOTS}/prefilled.png` })
      await dialog.getByRole('button', { name: 'Cancel' }).click()
    })

    test('the campaigns list filters on an account the campaigns contain', async () => {
      const nav = page.getByRole('navigation', { name: 'Main' })
      await nav.getByRole('link', { name: 'Campaigns' }).click()
      const rows = page.getByTestId('record-row')
      await expect(rows).toHaveCount(2)

      await filterByAccount(page, first)
      const chip = page.getByTestId('filter-chip')
      await expect(chip).toHaveText(`Accounts contains ${first.name}×`)
      await expect(rows).toHaveCount(2)
      await page.screenshot({ path: `${SHOTS}/filtered-both.png` })

      await chip.getByRole('button').click()
      await filterByAccount(page, second)
      await expect(chip).toHaveText(`Accounts contains ${second.name}×`)
      await expect(rows).toHaveCount(1)
      await expect(rows.first()).toContainText('Spring launch')
      await page.screenshot({ path: `${SHOTS}/filtered-one.png` })
    })
  })
