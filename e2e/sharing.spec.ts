import { mkdirSync } from 'node:fs'
import { type Browser, expect, type Page, test } from '@playwright/test'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots'
const ADMIN = { email: 'admin@demo.example', password: 'rapport-demo' }

interface Person {
  id: string
  name: string
  email: string
  role: string
  status: string
}

interface Deal {
  id: string
  name: string
  owner_id: string | null
  created_by_id: string | null
}

interface Team {
  id: string
  name: string
}

async function json<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path)
  expect(response.status(), await response.text()).toBe(200)
  return ((await response.json()) as { data: T }).data
}

/**
 * The last active member by name: other stories work with the busiest
 * deal owners and leave this one alone.
 */
async function quietMember(page: Page): Promise<Person> {
  const users = await json<Person[]>(page, '/api/v1/users?limit=200')
  const members = users.filter(
    (u) => u.role === 'member' && u.status === 'active',
  )
  const member = members.at(-1)
  if (!member) throw new Error('the demo has no active member')
  return member
}

async function giveSalesRep(page: Page, person: Person) {
  await page.getByRole('link', { name: 'Users' }).click()
  const row = page.locator(`[data-user-id="${person.id}"]`)
  await row
    .getByRole('button', { name: `Change roles of ${person.name}` })
    .click()
  const form = row.getByRole('form', { name: `Roles of ${person.name}` })
  await form.getByLabel('Sales rep', { exact: true }).check()
  await form.getByRole('button', { name: 'Save roles' }).click()
  await expect(row.getByTestId('user-roles')).toContainText('Sales rep')
}

/** Signs in again; the app returns each user to the page they left. */
async function signInAs(page: Page, email: string, password = 'rapport-demo') {
  await page.context().clearCookies()
  await page.goto('/')
  await page.locator('input[name="workspace"]').fill('demo')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole('button', { name: /sign in/i }).click()
  await expect(page.getByRole('button', { name: /sign in/i })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
}

// One page for the whole story, as in the roles story: few sign-ins.
test.describe('sharing', () => {
  test.describe.configure({ mode: 'serial' })
  let page: Page
  let member: Person
  let deal: Deal
  let team: Team

  test.beforeAll(async ({ browser }: { browser: Browser }) => {
    mkdirSync(SHOTS, { recursive: true })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page, 'demo', ADMIN.email, ADMIN.password)
    member = await quietMember(page)
    const deals = await json<Deal[]>(page, '/api/v1/opportunities?limit=200')
    const theirs = (d: Deal) =>
      d.owner_id === member.id || d.created_by_id === member.id
    const found = deals.find((d) => !theirs(d) && d.owner_id)
    if (!found) throw new Error('every demo deal is the member’s own')
    deal = found
    const teams = await json<Team[]>(page, '/api/v1/teams')
    if (!teams[0]) throw new Error('the demo has no team')
    team = teams[0]
  })

  test.afterAll(async () => {
    await page.close()
  })

  test('an admin shares a deal read-only with a Sales rep', async () => {
    await giveSalesRep(page, member)

    await page.goto(`/opportunities/${deal.id}`)
    const panel = page.getByTestId('sharing-panel')
    await expect(panel).toContainText('shared with no one')
    await page.screenshot({ path: `${SHOTS}/sharing-empty.png` })

    const form = panel.getByRole('form', { name: 'Share' })
    await form.getByLabel('Share with').selectOption(`user:${member.id}`)
    await form.getByLabel('Access').selectOption('read')
    await form.getByRole('button', { name: 'Share' }).click()
    const rows = panel.getByTestId('share-row')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText(member.name)
    await expect(form.getByLabel('Access')).toHaveValue('read')
    await expect(rows.first()).toContainText('Can view · No end date')

    // A team share until a day, then ended: the member's share stays.
    await form.getByLabel('Share with').selectOption(`team:${team.id}`)
    await form.getByLabel('Access').selectOption('edit')
    await form.getByLabel('Until (optional)').fill('2099-03-12')
    await form.getByRole('button', { name: 'Share' }).click()
    const teamRow = rows.filter({ hasText: team.name })
    await expect(teamRow).toContainText('Can edit · Until')
    await expect(teamRow).toContainText('2099')
    await panel.screenshot({ path: `${SHOTS}/sharing-two.png` })
    await teamRow
      .getByRole('button', { name: `End the share with ${team.name}` })
      .click()
    await expect(rows).toHaveCount(1)
    await page.screenshot({ path: `${SHOTS}/sharing-admin.png` })
    const history = page.getByTestId('audit-history')
    await expect(history).toContainText(team.name)
    await history.screenshot({ path: `${SHOTS}/sharing-history.png` })
  })

  test('the member finds the deal, may read it and may not change it', async () => {
    await signInAs(page, member.email)
    await page.getByRole('link', { name: 'Opportunities' }).first().click()
    await page.getByRole('searchbox', { name: 'Search' }).fill(deal.name)
    const row = page.locator(`[data-record-id="${deal.id}"]`)
    await expect(row).toBeVisible()
    await page.screenshot({ path: `${SHOTS}/member-list.png` })

    await row.getByRole('link').first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(deal.name)
    await expect(
      page.getByTestId('field-grid').locator('[data-field="amount"]'),
    ).toBeVisible()

    await page.getByRole('button', { name: 'Edit' }).click()
    const dialog = page.getByRole('dialog', { name: 'Edit Opportunity' })
    await dialog.locator('input[name="name"]').fill(`${deal.name} (mine)`)
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog.getByTestId('form-error')).toContainText(
      /may not edit this opportunity/i,
    )
    await page.screenshot({ path: `${SHOTS}/member-edit-refused.png` })
    await dialog.getByRole('button', { name: 'Cancel' }).click()

    // A share received does not pass itself on.
    const panel = page.getByTestId('sharing-panel')
    await expect(panel.getByTestId('share-row')).toContainText(
      `${member.name} (you)`,
    )
    const form = panel.getByRole('form', { name: 'Share' })
    await form.getByLabel('Share with').selectOption(`team:${team.id}`)
    await form.getByRole('button', { name: 'Share' }).click()
    await expect(form.getByRole('alert')).toHaveText(
      'Only those who may edit this opportunity by their roles may share it',
    )
    await page.screenshot({ path: `${SHOTS}/member-share-refused.png` })
  })

  test('an admin hides Amount from Sales reps; the member no longer sees it', async () => {
    await signInAs(page, ADMIN.email, ADMIN.password)
    await page.getByRole('link', { name: 'Roles' }).click()
    await page
      .locator('[data-role-key="sales_rep"]')
      .getByRole('button', { name: 'Sales rep' })
      .click()
    const fields = page.getByTestId('field-access')
    await fields.getByLabel('Fields of').selectOption('opportunity')
    const amount = fields.getByLabel('Amount: access', { exact: true })
    await expect(amount).toHaveValue('editable')
    await amount.selectOption('hidden')
    await expect(amount).toHaveValue('hidden')
    await expect(amount).toBeEnabled()
    const rules = await json<{ roleKey: string; field: string }[]>(
      page,
      '/api/v1/field-rules',
    )
    expect(rules).toContainEqual(
      expect.objectContaining({ roleKey: 'sales_rep', field: 'amount' }),
    )

    // The record's name stays visible; the server says why.
    const name = fields.getByLabel('Name: access', { exact: true })
    await name.selectOption('hidden')
    await expect(
      fields.locator('[data-field="name"] [role="alert"]'),
    ).toContainText('stays visible')
    await fields.screenshot({ path: `${SHOTS}/field-access.png` })

    await signInAs(page, member.email)
    await page.goto(`/opportunities/${deal.id}`)
    const grid = page.getByTestId('field-grid')
    await expect(grid.locator('[data-field="name"]')).toBeVisible()
    await expect(grid.locator('[data-field="amount"]')).toHaveCount(0)
    // Nowhere on the page: neither the header's key facts nor the details.
    await expect(
      page
        .getByRole('main')
        .getByRole('term')
        .filter({ hasText: /^Amount$/ }),
    ).toHaveCount(0)
    await page.screenshot({ path: `${SHOTS}/member-no-amount.png` })

    // The board still loads: cards without amounts, columns without totals.
    await page.getByRole('link', { name: 'Pipeline' }).click()
    await expect(page.getByTestId('board')).toBeVisible()
    await expect(page.getByTestId('stage-count').first()).toBeVisible()
    await expect(page.getByTestId('deal-card').first()).toBeVisible()
    await expect(page.getByTestId('stage-amount')).toHaveCount(0)
    await expect(page.locator('.deal-amount')).toHaveCount(0)
    await page.screenshot({ path: `${SHOTS}/member-board-no-amount.png` })
  })
})
