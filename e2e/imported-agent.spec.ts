import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { signIn } from './support/sign-in.js'

const DATASET =
  process.env.RAPPORT_DATASET_DIR ?? '../shared/data/crm-sales-opportunities'
const ADMIN_PASSWORD = 'maven admin password'
const AGENT_PASSWORD = 'agent first password'
const AGENT = {
  name: 'Darcel Schlecht',
  email: 'darcel.schlecht@maven.example',
}

function rapport(...args: string[]) {
  return execFileSync('npx', ['tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR },
    encoding: 'utf8',
  })
}

// Drags by the card's owner line: its title is a link, which does not drag.
async function dragTo(page: Page, card: string, column: string) {
  const from = await page.locator(`${card} .deal-owner`).boundingBox()
  const to = await page.locator(column).boundingBox()
  if (!from || !to) throw new Error('card or column is not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + 30, { steps: 5 })
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 15 })
  await page.mouse.up()
}

test.describe('an imported sales agent', () => {
  test.skip(
    !existsSync(DATASET),
    `The data set is not at ${DATASET}; these tests need it`,
  )

  test.beforeAll(() => {
    // Through the running server's API, as the CLI does when one holds the
    // data directory.
    const report = rapport(
      'import-dataset',
      '--workspace',
      'maven',
      '--dir',
      DATASET,
    )
    expect(report).toMatch(/8,?800/)
    rapport(
      'set-password',
      '--workspace',
      'maven',
      '--email',
      'admin@maven.example',
      '--password',
      ADMIN_PASSWORD,
    )
  })

  test('gets access from an admin, works their board, and the move is audited', async ({
    page,
  }) => {
    await signIn(page, 'maven', 'admin@maven.example', ADMIN_PASSWORD)
    await page.goto('/admin/users')
    const row = page.getByTestId('user-row').filter({ hasText: AGENT.email })
    await row.getByRole('button', { name: 'Set password' }).click()
    await row.locator('input[name="password"]').fill(AGENT_PASSWORD)
    await row.getByRole('button', { name: 'Save' }).click()
    await expect(row).toContainText('active')
    await page.context().clearCookies()

    await signIn(page, 'maven', AGENT.email, AGENT_PASSWORD)
    const totals = page.waitForResponse(
      (r) => r.url().includes('/board') && r.url().includes('owner_id'),
    )
    await page.locator('select[name="owner"]').selectOption('me')
    await totals
    await page.waitForLoadState('networkidle')
    const engaging = page.locator(
      '[data-testid="stage-column"][data-stage-name="Engaging"]',
    )
    const won = page.locator(
      '[data-testid="stage-column"][data-stage-name="Won"]',
    )
    await expect(engaging.getByTestId('deal-card').first()).toBeVisible()
    const countOf = async (column: typeof won) =>
      Number(await column.getAttribute('data-count'))
    await expect.poll(() => countOf(engaging)).toBeGreaterThan(0)
    await expect.poll(() => countOf(won)).toBeGreaterThan(0)
    const engagingBefore = await countOf(engaging)
    const wonBefore = await countOf(won)

    // Every card on the filtered board is the agent's own.
    const owners = await page
      .getByTestId('deal-card')
      .locator('.deal-owner')
      .allTextContents()
    expect(owners.length).toBeGreaterThan(0)
    expect(owners.every((o) => o === AGENT.name)).toBe(true)

    const card = engaging.getByTestId('deal-card').first()
    const dealId = await card.getAttribute('data-deal-id')
    await dragTo(
      page,
      `[data-testid="deal-card"][data-deal-id="${dealId}"]`,
      '[data-testid="stage-column"][data-stage-name="Won"]',
    )
    // Won lists the biggest deals first: the moved one, without an amount,
    // is counted there but may sit beyond the first page of cards.
    await expect(engaging.locator(`[data-deal-id="${dealId}"]`)).toHaveCount(0)
    await expect(won).toHaveAttribute('data-count', String(wonBefore + 1))
    await expect(engaging).toHaveAttribute(
      'data-count',
      String(engagingBefore - 1),
    )
    await page.screenshot({ path: 'test-results/e2e/agent-board.png' })

    await page.goto(`/opportunities/${dealId}`)
    const history = page.getByTestId('audit-history')
    const latest = history.getByTestId('audit-entry').first()
    await expect(latest).toContainText(AGENT.name)
    await expect(latest).toContainText(/stage/i)
    await expect(latest).toContainText('Won')
    await page.screenshot({ path: 'test-results/e2e/agent-deal-history.png' })
  })
})
