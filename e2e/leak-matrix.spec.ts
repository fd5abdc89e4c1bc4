import { mkdirSync } from 'node:fs'
import {
  type Browser,
  expect,
  type Locator,
  type Page,
  test,
} from '@playwright/test'
import {
  buildLeakWorkspace,
  KINDS,
  type Kind,
  type LeakWorkspace,
  OWNERS,
  type Owner,
  type Person,
  type Rec,
} from './support/leak-matrix-workspace.js'
import { sessionApi } from './support/session-api.js'
import { signIn } from './support/sign-in.js'

// The leak matrix on the main screens: someone with each built-in role
// signs in and walks every record list, the pipeline board, the search
// suggestions, a record page they may see and the addresses of records
// they may not. No name of a record beyond their reach may appear, in
// text or attributes, and every count and total must leave those records
// out. Who reaches whose records is written out here, from what the roles
// mean; the API half of the matrix reads every path exhaustively.

const SHOTS = '/tmp/shots'
const PASSWORD = 'rapport-demo'

interface Viewer {
  person: Person
  role: string
  /** The owners whose records the role reaches. */
  reaches: Owner[]
  /** The record types the role may see at all; every one if absent. */
  kinds?: Kind[]
}

const VIEWERS: Viewer[] = [
  { person: 'admin', role: 'administrator', reaches: OWNERS },
  { person: 'member', role: 'member', reaches: OWNERS },
  { person: 'rep', role: 'sales_rep', reaches: ['rep'] },
  { person: 'partner', role: 'partner', reaches: ['partner'] },
  // Enterprise belongs to North America; so do the rep and the partner.
  { person: 'regional', role: 'regional_manager', reaches: ['rep', 'partner'] },
  // The Mid-Market reps, the finance user among them, report to them.
  { person: 'manager', role: 'sales_manager', reaches: ['finance'] },
  { person: 'finance', role: 'finance', reaches: OWNERS },
  {
    person: 'support',
    role: 'support',
    reaches: OWNERS,
    kinds: ['account', 'contact', 'activity'],
  },
]

let workspace: LeakWorkspace
let adminPage: Page

const all = () => workspace.records
const of = (kind: Kind) => all().filter((r) => r.kind === kind)
const named = (name: string) => all().find((r) => r.name === name) as Rec
const typeVisible = (v: Viewer, kind: Kind) => v.kinds?.includes(kind) ?? true
const sees = (v: Viewer, r: Rec) =>
  typeVisible(v, r.kind) && v.reaches.includes(r.owner)
const visible = (v: Viewer) => all().filter((r) => sees(v, r))
const url = (r: Rec) => `/${KINDS[r.kind].plural}/${r.id}`
const shot = (page: Page, v: Viewer, screen: string) =>
  page.screenshot({ path: `${SHOTS}/leak-${v.role}-${screen}.png` })

/** Fails naming every record beyond the viewer's reach on the page. */
async function expectNoLeak(page: Page, v: Viewer, screen: string) {
  const html = await page.content()
  const leaked = all()
    .filter((r) => !sees(v, r) && html.includes(r.name))
    .map((r) => r.name)
  expect(leaked, `${v.role} on ${screen}`).toEqual([])
}

async function expectRefused(where: Page | Locator, kind: Kind) {
  await expect(where.getByRole('alert').first()).toContainText(
    `You may not view ${KINDS[kind].label}`,
    { ignoreCase: true },
  )
}

async function signInAs(browser: Browser, email: string) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
  })
  const page = await context.newPage()
  await signIn(page, 'demo', email, PASSWORD)
  return page
}

// --- The screens ---------------------------------------------------------

/** Newest first, so every record of ours is among the rows drawn. */
async function checkList(page: Page, v: Viewer, kind: Kind) {
  await page.goto(`/${KINDS[kind].plural}?sort=-created_at`)
  if (!typeVisible(v, kind)) {
    await expectRefused(page, kind)
    await expect(page.getByTestId('record-row')).toHaveCount(0)
  } else {
    for (const r of of(kind).filter((r) => sees(v, r))) {
      const row = page.locator(`[data-record-id="${r.id}"]`)
      await expect(row).toContainText(r.name)
    }
  }
  await expectNoLeak(page, v, `the ${kind} list`)
  if (kind === 'opportunity') await shot(page, v, 'deals')
}

type StageTotal = { stageId: string; count: number; amount: string | null }

const cents = (amount: string | null | undefined) =>
  Math.round(Number(amount ?? 0) * 100)

/** Each column's count and total, as its header carries them. */
async function expectColumns(page: Page, want: StageTotal[]) {
  for (const stage of want) {
    const column = page.locator(`[data-stage-id="${stage.stageId}"]`)
    await expect(column).toHaveAttribute('data-count', String(stage.count))
    const shown = await column.getAttribute('data-amount')
    expect(cents(shown), `stage ${stage.stageId}`).toBe(cents(stage.amount))
  }
}

async function checkBoard(page: Page, v: Viewer) {
  await page.goto('/board')
  if (!typeVisible(v, 'opportunity')) {
    await expectRefused(page, 'opportunity')
    await expectNoLeak(page, v, 'the board')
    return
  }
  const deals = of('opportunity').filter((r) => sees(v, r))
  for (const deal of deals) {
    await expect(page.locator(`[data-deal-id="${deal.id}"]`)).toBeVisible()
  }
  const board = `/api/v1/pipelines/${workspace.pipelineId}/board`
  const api = await sessionApi(page)
  await expectColumns(page, await api.get<StageTotal[]>(board))
  await expectNoLeak(page, v, 'the board')
  await shot(page, v, 'board')

  // The administrator owns only our deals, so their totals are known.
  const admin = workspace.people.admin.id
  await page.goto(`/board?owner=${admin}`)
  const theirs = deals.filter((d) => d.owner === 'admin')
  await expectColumns(
    page,
    workspace.stageIds.map((stageId) => {
      const here = theirs.filter((d) => d.stageId === stageId)
      const sum = here.reduce((total, d) => total + (d.cents ?? 0), 0)
      return { stageId, count: here.length, amount: String(sum / 100) }
    }),
  )
  await expectNoLeak(page, v, "the board of the administrator's deals")
}

/** A prefix every record of ours shares; each type shows five at most. */
async function checkSearch(page: Page, v: Viewer) {
  await page.getByRole('combobox', { name: 'Search records' }).fill('Zeta sec')
  const results = page.getByTestId('search-results')
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const visible = of(kind).filter((r) => sees(v, r))
    const group = results.locator('.search-group').filter({
      has: page.getByRole('heading', { name: KINDS[kind].label, exact: true }),
    })
    const hits = group.getByRole('option', { name: /^Zeta secret/ })
    await expect(hits).toHaveCount(Math.min(5, visible.length))
  }
  const names = visible(v).map((r) => r.name)
  for (const title of await results.getByRole('option').allTextContents()) {
    if (title.startsWith('Zeta secret')) expect(names).toContain(title)
  }
  await expectNoLeak(page, v, 'the search suggestions')
  await shot(page, v, 'search')
  await page.keyboard.press('Escape')
}

/** Its related lists, timeline and rollups hold only what the viewer sees. */
async function checkAccountPage(page: Page, v: Viewer, account: Rec) {
  await page.goto(url(account))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(account.name)
  const children = (kind: Kind) =>
    of(kind).filter((r) => r.on.includes(account.name) && sees(v, r))
  for (const kind of ['contact', 'opportunity'] as Kind[]) {
    const list = page.getByTestId(`related-${KINDS[kind].plural}`)
    if (!typeVisible(v, kind)) {
      await expectRefused(list, kind)
      continue
    }
    for (const child of children(kind)) {
      await expect(list.getByRole('link', { name: child.name })).toBeVisible()
    }
    await expect(list.locator('.related-row')).toHaveCount(
      children(kind).length,
    )
  }
  const timeline = page.getByTestId('timeline')
  for (const call of children('activity')) {
    await expect(timeline.getByText(call.name)).toBeVisible()
  }
  await expect(timeline.getByTestId('timeline-item')).toHaveCount(
    children('activity').length,
  )
  const deals = children('opportunity')
  const grid = page.getByTestId('field-grid')
  await expect(grid.locator('[data-field="deal_count"] dd')).toHaveText(
    String(deals.length),
  )
  const sum = deals.reduce((total, d) => total + (d.cents ?? 0), 0)
  const total = grid.locator('[data-field="deal_total"] dd')
  if (sum === 0) await expect(total).toHaveText('—')
  else
    await expect
      .poll(async () => digits(await total.textContent()))
      .toBe(String(sum))
  await expectNoLeak(page, v, `the page of ${account.name}`)
  // Tall enough for the related lists below the details.
  await page.setViewportSize({ width: 1440, height: 1800 })
  await shot(page, v, 'account')
  await page.setViewportSize({ width: 1440, height: 1000 })
}

/** A sum in cents as the page writes it, without its currency's marks. */
const digits = (text: string | null) => (text ?? '').replace(/\D/g, '')

/** The accounts a deal or a contact sits on: only those within sight. */
async function checkRecordPage(page: Page, v: Viewer, r: Rec) {
  await page.goto(url(r))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.name)
  await expect(page.getByTestId('timeline')).toBeVisible()
  // A contact's accounts show through its links, seen with both ends.
  const accounts = r.on.map(named).filter((a) => sees(v, a))
  for (const account of accounts) {
    await expect(
      page.getByRole('main').getByRole('link', { name: account.name }).first(),
    ).toBeVisible()
  }
  if (r.kind === 'contact') {
    const links = page.getByTestId('related-account-contacts')
    await expect(links.locator('.related-row')).toHaveCount(accounts.length)
  }
  await expectNoLeak(page, v, `the page of ${r.name}`)
}

/** An account, a deal on another's account and a contact of two. */
async function checkRecordPages(page: Page, v: Viewer, owner: Owner) {
  await checkAccountPage(page, v, named(`Zeta secret ${owner} account`))
  for (const what of ['side deal', 'contact']) {
    const r = named(`Zeta secret ${owner} ${what}`)
    if (sees(v, r)) await checkRecordPage(page, v, r)
  }
}

/** The first record of each type beyond reach: not found, page and API. */
async function checkForbiddenUrls(page: Page, v: Viewer) {
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const hidden = of(kind).find((r) => !sees(v, r))
    if (!hidden) continue
    const response = await page.request.get(`/api/v1${url(hidden)}`)
    await page.goto(url(hidden))
    if (typeVisible(v, kind)) {
      expect(response.status(), `${v.role} GET ${hidden.name}`).toBe(404)
      await expect(page.getByTestId('record-not-found')).toBeVisible()
    } else {
      // Without the type at all, the answer is the same for every id.
      expect(response.status(), `${v.role} GET ${hidden.name}`).toBe(403)
      await expectRefused(page, kind)
    }
    await expectNoLeak(page, v, `the address of ${hidden.name}`)
    if (kind === 'account') await shot(page, v, 'not-found')
  }
}

// --- The matrix ------------------------------------------------------------

test.describe('the leak matrix on the main screens', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async ({ browser }) => {
    mkdirSync(SHOTS, { recursive: true })
    adminPage = await signInAs(browser, 'admin@demo.example')
    workspace = await buildLeakWorkspace(await sessionApi(adminPage))
  })

  test.afterAll(async () => {
    await workspace?.undo()
    await adminPage?.context().close()
  })

  for (const v of VIEWERS) {
    test(`${v.role} sees only what the role reaches, on every screen`, async ({
      browser,
    }) => {
      const page =
        v.person === 'admin'
          ? adminPage
          : await signInAs(browser, workspace.people[v.person].email)
      for (const kind of Object.keys(KINDS) as Kind[]) {
        await checkList(page, v, kind)
      }
      await checkBoard(page, v)
      await checkSearch(page, v)
      await checkRecordPages(page, v, v.reaches[0])
      await checkForbiddenUrls(page, v)
      if (page !== adminPage) await page.context().close()
    })
  }
})
