import { expect, type Page, test } from '@playwright/test'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots'

interface Person {
  id: string
  name: string
  title: string | null
  role: string
  team_id: string | null
}

async function demoPeople(page: Page) {
  const response = await page.request.get('/api/v1/users?limit=200')
  expect(response.status()).toBe(200)
  const users = ((await response.json()) as { data: Person[] }).data
  const head = users.find((u) => u.title === 'Head of Sales')
  // Not the first member: other stories sign in as them.
  const members = users.filter((u) => u.role === 'member')
  const rep = members
    .slice(1)
    .find((u) => u.title === 'Account Executive' && u.team_id)
  if (!head || !rep) throw new Error('the demo has no head of sales or rep')
  return { head, rep }
}

test('an admin adds a region and a team, then moves a rep into it under a new manager', async ({
  page,
}) => {
  await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
  const { head, rep } = await demoPeople(page)

  await page.getByRole('link', { name: 'Teams' }).click()
  const regions = page.getByTestId('region-row')
  const teams = page.getByTestId('team-row')
  await expect(regions.filter({ hasText: 'Europe' })).toContainText(head.name)
  await expect(teams.filter({ hasText: 'Enterprise' })).toContainText(
    'North America',
  )

  await page.getByRole('button', { name: 'Add region' }).click()
  const regionForm = page.getByRole('form', { name: 'Add region' })
  await regionForm.getByLabel('Name').fill('Asia Pacific')
  await regionForm.getByLabel('Manager').selectOption({ label: head.name })
  await regionForm.getByRole('button', { name: 'Add region' }).click()
  const apac = regions.filter({ hasText: 'Asia Pacific' })
  await expect(apac).toContainText(head.name)

  await page.getByRole('button', { name: 'Add team' }).click()
  const teamForm = page.getByRole('form', { name: 'Add team' })
  await teamForm.getByLabel('Name').fill('APAC Growth')
  await teamForm.getByLabel('Region').selectOption({ label: 'Asia Pacific' })
  await teamForm.getByRole('button', { name: 'Add team' }).click()
  const growth = teams.filter({ hasText: 'APAC Growth' })
  await expect(growth).toContainText('Asia Pacific')
  await expect(apac.locator('td').nth(2)).toHaveText('1')

  page.once('dialog', (dialog) => void dialog.accept())
  await apac.getByRole('button', { name: 'Retire Asia Pacific' }).click()
  await expect(apac.getByRole('alert')).toContainText(
    '1 team still belongs to Asia Pacific; move them to another region first',
  )
  await page.screenshot({ path: `${SHOTS}/teams-page.png`, fullPage: true })

  await growth.getByRole('button', { name: 'Edit APAC Growth' }).click()
  const editTeam = page.getByRole('form', { name: 'Edit APAC Growth' })
  await editTeam.getByLabel('Name').fill('APAC Growth Team')
  await editTeam.getByLabel('Manager').selectOption({ label: head.name })
  await page.screenshot({ path: `${SHOTS}/edit-team.png`, fullPage: true })
  await editTeam.getByRole('button', { name: 'Save team' }).click()
  await expect(growth).toContainText('APAC Growth Team')
  await expect(growth).toContainText(head.name)

  await page.getByRole('link', { name: 'Users' }).click()
  const row = page.locator(`[data-user-id="${rep.id}"]`)
  await row.getByRole('button', { name: `Edit ${rep.name}` }).click()
  const userForm = page.getByRole('form', { name: `Edit ${rep.name}` })
  await userForm.getByLabel('Team').selectOption({ label: 'APAC Growth Team' })
  await userForm.getByLabel('Manager').selectOption({ label: head.name })
  await userForm.getByLabel('Title').fill('Senior Account Executive')
  await page.screenshot({ path: `${SHOTS}/edit-user.png`, fullPage: true })
  await userForm.getByRole('button', { name: 'Save user' }).click()
  await expect(row.getByTestId('user-team')).toHaveText('APAC Growth Team')
  await expect(row.getByTestId('user-manager')).toHaveText(
    `Reports to ${head.name}`,
  )
  await expect(row).toContainText('Senior Account Executive')

  // The head of sales cannot report to someone who reports to them.
  const headRow = page.locator(`[data-user-id="${head.id}"]`)
  await headRow.getByRole('button', { name: `Edit ${head.name}` }).click()
  const headForm = page.getByRole('form', { name: `Edit ${head.name}` })
  await headForm.getByLabel('Manager').selectOption({ label: rep.name })
  await headForm.getByRole('button', { name: 'Save user' }).click()
  await expect(headForm.getByRole('alert')).toHaveText(
    `${rep.name} reports to ${head.name}; choose someone above or beside them`,
  )
  await page.screenshot({ path: `${SHOTS}/manager-cycle.png`, fullPage: true })
  await headForm.getByRole('button', { name: 'Cancel' }).click()

  await page.getByRole('link', { name: 'Teams' }).click()
  await expect(growth.locator('td').nth(3)).toHaveText('1')
  await page.screenshot({ path: `${SHOTS}/teams-after-move.png` })
})
