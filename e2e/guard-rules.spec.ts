import { expect, type Page, test } from '@playwright/test'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots'
const ADMIN = { email: 'admin@demo.example', password: 'rapport-demo' }
const RULE = 'Large deals stay with their owner'

interface Deal {
  id: string
  name: string
  amount: string | null
  owner_id: string | null
}

async function deals(page: Page, query = ''): Promise<Deal[]> {
  const res = await page.request.get(`/api/v1/opportunities?limit=200${query}`)
  expect(res.status(), await res.text()).toBe(200)
  return ((await res.json()) as { data: Deal[] }).data
}

test('an admin guards large deals so only their owners see them, then retires the guard', async ({
  page,
}) => {
  await signIn(page, 'demo', ADMIN.email, ADMIN.password)
  const all = await deals(page)
  const amounts = all.map((d) => Number(d.amount ?? 0)).sort((a, b) => b - a)
  // The five largest deals are guarded; the sixth sets the bar.
  const bar = amounts[5]
  const large = all.filter((d) => Number(d.amount ?? 0) > bar)
  expect(large.length).toBeGreaterThan(0)

  await page.getByRole('link', { name: 'Guard rules' }).click()
  await expect(page.getByTestId('guard-rules-page')).toContainText(
    'No guard rules yet',
  )
  await page.getByRole('button', { name: 'Add guard rule' }).click()
  const form = page.getByRole('form', { name: 'Add guard rule' })
  await form.getByLabel('Name').fill(RULE)
  await form.getByLabel('Record type').selectOption({ label: 'Opportunities' })
  await form.getByLabel('What it guards').selectOption('view')
  await form.getByLabel('Field 1').selectOption({ label: 'Amount' })
  await form.getByLabel('Comparison 1').selectOption('gt')
  await form.getByLabel('Value 1').fill(String(bar))
  await form.getByLabel('Then a user sees it only among').selectOption('own')
  await expect(form.getByLabel('Administrator')).toBeChecked()
  await page.screenshot({ path: `${SHOTS}/guard-rule-form.png` })
  await form.getByRole('button', { name: 'Add guard rule' }).click()
  await expect(form).toBeHidden()
  const row = page.getByTestId('guard-rule-row')
  await expect(row).toContainText(RULE)
  await expect(row).toContainText('Amount is more than')
  await expect(row).toContainText('Only its owner may see it')
  await page.screenshot({ path: `${SHOTS}/guard-rules.png` })

  // The administrator is excepted; a member who owns none of them sees
  // none, in the list, by search and at the deal's own address.
  expect((await deals(page)).length).toBe(all.length)
  const users = (await (await page.request.get('/api/v1/users')).json()) as {
    data: { id: string; email: string; role: string; status: string }[]
  }
  const member = users.data.find(
    (u) =>
      u.role === 'member' &&
      u.status === 'active' &&
      !large.some((d) => d.owner_id === u.id),
  )
  if (!member) throw new Error('every demo member owns a large deal')
  await page.context().clearCookies()
  await signIn(page, 'demo', member.email, ADMIN.password)
  const seen = await deals(page)
  expect(seen.some((d) => large.some((l) => l.id === d.id))).toBe(false)
  const found = await deals(page, `&q=${encodeURIComponent(large[0].name)}`)
  expect(found.map((d) => d.id)).not.toContain(large[0].id)
  await page.goto(`/opportunities/${large[0].id}`)
  await expect(page.getByText(large[0].name)).toHaveCount(0)
  await page.screenshot({ path: `${SHOTS}/guarded-deal.png` })

  await page.context().clearCookies()
  // Signing in again returns the administrator to the page they left.
  await signIn(page, 'demo', ADMIN.email, ADMIN.password, 'guard-rules-page')
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: `Retire ${RULE}` }).click()
  await expect(page.getByTestId('guard-rules-page')).toContainText(
    'No guard rules yet',
  )
})
