import { type Browser, expect, type Page, test } from '@playwright/test'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots4'
const ADMIN = { email: 'admin@demo.example', password: 'rapport-demo' }

interface Person {
  id: string
  name: string
  email: string
}

interface Deal {
  id: string
  name: string
  owner_id: string | null
}

async function json<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path)
  expect(response.status(), await response.text()).toBe(200)
  return ((await response.json()) as { data: T }).data
}

/**
 * Two demo members who own deals, the busiest first: one for a custom
 * role, one for Sales rep. The first member is left alone; other stories
 * sign in as them with the default role.
 */
async function twoDealOwners(page: Page): Promise<[Person, Person]> {
  const users = await json<(Person & { role: string; status: string })[]>(
    page,
    '/api/v1/users?limit=200',
  )
  const members = users.filter(
    (u) => u.role === 'member' && u.status === 'active',
  )
  const deals = await json<Deal[]>(page, '/api/v1/opportunities?limit=200')
  const owned = (p: Person) => deals.filter((d) => d.owner_id === p.id).length
  const owners = members
    .slice(1)
    .filter((p) => owned(p) > 0)
    .sort((a, b) => owned(b) - owned(a))
  const [first, second] = owners
  if (!first || !second) throw new Error('the demo has too few deal owners')
  return [first, second]
}

async function giveRole(page: Page, person: Person, role: string) {
  await page.getByRole('link', { name: 'Users' }).click()
  const row = page.locator(`[data-user-id="${person.id}"]`)
  await expect(row.getByTestId('default-role')).toHaveText('Default: Member')
  await row
    .getByRole('button', { name: `Change roles of ${person.name}` })
    .click()
  const form = row.getByRole('form', { name: `Roles of ${person.name}` })
  await form.getByLabel(role, { exact: true }).check()
  await form.getByRole('button', { name: 'Save roles' }).click()
  await expect(row.getByTestId('user-roles')).toContainText(role)
}

async function signInAs(page: Page, email: string, password = 'rapport-demo') {
  await page.context().clearCookies()
  await signIn(page, 'demo', email, password)
}

// One page for the whole story: the admin signs in once, each member once,
// which keeps the suite under the sign-in rate limit.
test.describe('roles', () => {
  test.describe.configure({ mode: 'serial' })
  let page: Page
  let deskMember: Person
  let rep: Person
  let allDeals: string[]
  /** A deal the Sales rep neither owns nor created. */
  let othersDeal: string

  test.beforeAll(async ({ browser }: { browser: Browser }) => {
    page = await browser.newPage()
    await signIn(page, 'demo', ADMIN.email, ADMIN.password)
    ;[deskMember, rep] = await twoDealOwners(page)
    const deals = await json<Deal[]>(page, '/api/v1/opportunities?limit=200')
    allDeals = deals.map((d) => d.id).sort()
    othersDeal = deals.find((d) => d.owner_id !== rep.id)?.id ?? ''
  })

  test.afterAll(async () => {
    await page.close()
  })

  test('an admin defines a Deal desk role and gives it to a member', async () => {
    await page.getByRole('link', { name: 'Roles' }).click()
    await expect(page.getByTestId('roles-page')).toBeVisible()
    const rows = page.getByTestId('role-row')
    await expect(rows.filter({ hasText: 'Sales rep' })).toContainText(
      'Built-in',
    )

    await page.getByRole('button', { name: 'New role' }).click()
    const form = page.getByRole('form', { name: 'New role' })
    await form.locator('input[name="name"]').fill('Deal desk')
    await expect(form.locator('input[name="key"]')).toHaveValue('deal_desk')
    await form
      .locator('input[name="description"]')
      .fill('Works every deal; nothing else')
    await form.getByLabel('Opportunities: View').selectOption('all')
    await form.getByLabel('Opportunities: Edit').selectOption('all')
    await page.screenshot({ path: `${SHOTS}/new-role.png`, fullPage: true })
    await form.getByRole('button', { name: 'Add role' }).click()

    const detail = page.getByTestId('role-detail')
    await expect(detail).toContainText('Deal desk')
    const deals = detail.locator('[data-record-type="opportunity"]')
    await expect(deals.locator('[data-action="edit"]')).toHaveText('All')
    await expect(deals.locator('[data-action="delete"]')).toHaveText('None')
    await expect(
      detail.locator('[data-record-type="account"] [data-action="view"]'),
    ).toHaveText('None')
    await page.screenshot({ path: `${SHOTS}/deal-desk.png`, fullPage: true })

    await giveRole(page, deskMember, 'Deal desk')
    await giveRole(page, rep, 'Sales rep')
    await page.screenshot({ path: `${SHOTS}/users.png`, fullPage: true })
  })

  test("the deal's Access panel tells the admin why the member may edit but not delete", async () => {
    await page.goto(`/opportunities/${othersDeal}`)
    await page.getByRole('button', { name: 'Who can see this?' }).click()
    const dialog = page.getByRole('dialog', { name: 'Who can see this?' })
    await expect(dialog.getByTestId('access-report')).toContainText('You')
    await dialog.getByLabel('Ask about').selectOption(deskMember.id)
    const report = dialog.getByTestId('access-report')
    await expect(report).toContainText(`${deskMember.name} works by Deal desk`)
    const edit = report.locator('[data-action="edit"]')
    await expect(edit).toHaveAttribute('data-allowed', 'true')
    await expect(edit).toContainText(
      'Deal desk gives every record of opportunities',
    )
    const remove = report.locator('[data-action="delete"]')
    await expect(remove).toHaveAttribute('data-allowed', 'false')
    await expect(remove).toContainText('None of their roles allows this')
    await dialog.screenshot({ path: `${SHOTS}/access-panel.png` })

    await dialog.getByLabel('Ask about').selectOption(rep.id)
    await expect(report).toContainText(`${rep.name} works by Sales rep`)
    const view = report.locator('[data-action="view"]')
    await expect(view).toHaveAttribute('data-allowed', 'false')
    await expect(view).toContainText(
      'Sales rep gives their own records of every type — the user neither owns nor created this record',
    )
    await dialog.screenshot({ path: `${SHOTS}/access-panel-rep.png` })
  })

  test('the Deal desk member sees every deal and no accounts', async () => {
    await signInAs(page, deskMember.email)
    await expect(page.getByTestId('deal-card').first()).toBeVisible()
    await page.screenshot({ path: `${SHOTS}/desk-board.png` })
    const deals = await json<Deal[]>(page, '/api/v1/opportunities?limit=200')
    expect(deals.map((d) => d.id).sort()).toEqual(allDeals)

    // The navigation offers no list the member may not view; its address
    // still answers with the server's refusal.
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav.getByRole('link', { name: 'Opportunities' })).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Accounts' })).toHaveCount(0)
    await page.goto('/accounts')
    const accounts = await page.request.get('/api/v1/accounts')
    expect(accounts.status()).toBe(403)
    const { detail } = (await accounts.json()) as { detail: string }
    await expect(page.getByRole('alert')).toContainText(detail)
    await expect(page.getByTestId('record-row')).toHaveCount(0)
    await page.screenshot({ path: `${SHOTS}/desk-accounts.png` })

    await page.goto(`/opportunities/${allDeals[0]}`)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Delete' }).click()
    const refusal = page.locator('.record-actions [role="alert"]')
    await expect(refusal).toContainText(/may not delete/i)
    await page.screenshot({ path: `${SHOTS}/desk-delete-refused.png` })
  })

  test('a Sales rep sees only their own deals', async () => {
    await signInAs(page, rep.email)
    const own = await json<Deal[]>(page, '/api/v1/opportunities?limit=200')
    expect(own.length).toBeGreaterThan(0)
    expect(own.every((d) => d.owner_id === rep.id)).toBe(true)
    expect(own.length).toBeLessThan(allDeals.length)

    await page.getByRole('link', { name: 'Opportunities' }).first().click()
    const rows = page.getByTestId('record-row')
    await expect(rows.first()).toBeVisible()
    // The list draws only the rows in view; each must be one of theirs.
    const shown = await rows.evaluateAll((all) =>
      all.map((row) => row.getAttribute('data-record-id')),
    )
    expect(shown.length).toBeGreaterThan(0)
    const ownIds = own.map((d) => d.id)
    for (const id of shown) expect(ownIds).toContain(id)
    await page.screenshot({ path: `${SHOTS}/rep-opportunities.png` })

    await page.goto(`/opportunities/${othersDeal}`)
    await expect(page.getByTestId('record-not-found')).toContainText(
      'not visible to you',
    )
    await page.screenshot({ path: `${SHOTS}/rep-not-found.png` })
  })
})
