import { expect, type Page, test } from '@playwright/test'
import { addChoiceField } from './support/add-choice-field.js'
import { addField } from './support/add-field.js'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots'
const ADMIN = { email: 'admin@demo.example', password: 'rapport-demo' }

interface Configuration {
  name: string
  components: string[]
  price: string
}

const CONFIGURATIONS: Configuration[] = [
  { name: 'Core platform', components: ['api', 'sso'], price: '12000' },
  { name: 'Audit add-on', components: ['audit'], price: '3500.50' },
  { name: 'SSO bundle', components: ['sso', 'audit'], price: '800' },
]

/** A sales rep of the demo workspace; every demo user has its password. */
async function demoRepEmail(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/users?limit=200')
  expect(response.ok()).toBe(true)
  const { data } = (await response.json()) as {
    data: { email: string; role: string; status: string }[]
  }
  const rep = data.find((u) => u.role === 'member' && u.status === 'active')
  if (!rep) throw new Error('the demo workspace has no active member')
  return rep.email
}

async function addConfiguration(page: Page, configuration: Configuration) {
  const related = page.getByTestId('related-configurations')
  await related.getByRole('button', { name: 'New Configuration' }).click()
  const dialog = page.getByRole('dialog', { name: 'New Configuration' })
  await dialog.locator('input[name="name"]').fill(configuration.name)
  for (const value of configuration.components) {
    await dialog.locator(`input[name="components"][value="${value}"]`).check()
  }
  await dialog.locator('input[name="price"]').fill(configuration.price)
  await expect(dialog.locator('input[name="opportunity_id"]')).not.toHaveValue(
    '',
  )
  await dialog.getByRole('button', { name: 'Create Configuration' }).click()
  await expect(dialog).toBeHidden()
  await expect(related).toContainText(configuration.name)
}

async function filterList(
  page: Page,
  field: string,
  op: string,
  value: string,
) {
  await page.getByRole('button', { name: '+ Filter' }).click()
  const editor = page.getByRole('form', { name: 'Add filter' })
  await editor.getByLabel('Field').selectOption({ label: field })
  await editor.getByLabel('Comparison').selectOption({ label: op })
  const input = editor.getByLabel('Value')
  if ((await input.evaluate((el) => el.tagName)) === 'SELECT') {
    await input.selectOption({ label: value })
  } else {
    await input.fill(value)
  }
  await editor.getByRole('button', { name: 'Apply' }).click()
}

test.describe
  .serial('custom objects', () => {
    test('an admin adds Configurations with a price, components and an opportunity, and rolls their prices up', async ({
      page,
    }) => {
      await signIn(page, 'demo', ADMIN.email, ADMIN.password)
      await page.getByRole('link', { name: 'Objects' }).click()
      await expect(page.getByTestId('custom-objects-page')).toContainText(
        'No custom objects yet',
      )

      await page.getByRole('button', { name: 'Add object' }).click()
      const form = page.getByRole('form', { name: 'Add object' })
      await form.locator('input[name="label"]').fill('Configuration')
      await expect(form.locator('input[name="labelPlural"]')).toHaveValue(
        'Configurations',
      )
      await expect(form.locator('input[name="name"]')).toHaveValue(
        'configuration',
      )
      await page.screenshot({ path: `${SHOTS}/add-object.png` })
      await form.getByRole('button', { name: 'Add object' }).click()
      await expect(page.getByTestId('custom-object-row')).toContainText(
        'configurations',
      )
      // The navigation learns of the object without a reload.
      const nav = page.getByRole('navigation', { name: 'Main' })
      await expect(
        nav.getByRole('link', { name: 'Configurations' }),
      ).toBeVisible()

      const configuration = { recordType: 'configuration' }
      await addChoiceField(
        page,
        {
          ...configuration,
          label: 'Components',
          type: 'Multiple choice',
          name: 'components',
        },
        ['API', 'SSO', 'Audit'],
      )
      await addField(page, {
        ...configuration,
        label: 'Price',
        type: 'Money',
        name: 'price',
      })
      const relation = await addField(
        page,
        {
          ...configuration,
          label: 'Opportunity',
          type: 'Relation',
          name: 'opportunity_id',
        },
        (form) =>
          form.locator('select[name="ref"]').selectOption('opportunity'),
      )
      await expect(relation).toContainText('→ Opportunity')

      const rollup = await addField(
        page,
        {
          recordType: 'opportunity',
          label: 'Configuration total',
          type: 'Rollup',
          name: 'configuration_total',
        },
        async (form) => {
          await form
            .locator('select[name="rollupObject"]')
            .selectOption('configuration')
          await expect(form.locator('select[name="rollupVia"]')).toHaveValue(
            'opportunity_id',
          )
          await form.locator('select[name="rollupFn"]').selectOption('sum')
          await form.locator('select[name="rollupField"]').selectOption('price')
          await page.screenshot({ path: `${SHOTS}/add-rollup.png` })
        },
      )
      await expect(rollup).toContainText('Sum: Price of Configurations')
      await page.screenshot({ path: `${SHOTS}/fields.png` })
    })

    test('a rep records configurations on a deal, sees their total and filters them', async ({
      page,
    }) => {
      await signIn(page, 'demo', ADMIN.email, ADMIN.password)
      const rep = await demoRepEmail(page)
      await page.context().clearCookies()
      await signIn(page, 'demo', rep, 'rapport-demo')

      await page.getByRole('link', { name: 'Opportunities' }).first().click()
      await page.locator('select[name="owner"]').selectOption('me')
      await page.getByTestId('record-row').first().click()
      const opportunityUrl = page.url()
      for (const configuration of CONFIGURATIONS) {
        await addConfiguration(page, configuration)
      }

      const related = page.getByTestId('related-configurations')
      await expect(related.locator('.related-row')).toHaveCount(3)
      const total = page
        .getByTestId('field-grid')
        .locator('[data-field="configuration_total"]')
      await expect(total).toContainText('Configuration total')
      await expect(total).toContainText('16,300.50')
      await total.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/opportunity.png` })

      // A configuration's own page keeps a timeline like an account's.
      await related.getByRole('link', { name: 'Core platform' }).click()
      const timeline = page.getByTestId('timeline')
      await timeline.locator('input[name="subject"]').fill('Priced with SSO')
      await timeline.getByRole('button', { name: 'Log note' }).click()
      await expect(timeline.getByText('Priced with SSO')).toBeVisible()
      await page.screenshot({ path: `${SHOTS}/configuration.png` })

      const nav = page.getByRole('navigation', { name: 'Main' })
      await nav.getByRole('link', { name: 'Configurations' }).click()
      const rows = page.getByTestId('record-row')
      await expect(rows).toHaveCount(3)
      await filterList(page, 'Components', 'contains', 'SSO')
      await expect(rows).toHaveCount(2)
      await expect(rows.filter({ hasText: 'Core platform' })).toHaveCount(1)
      await expect(rows.filter({ hasText: 'SSO bundle' })).toHaveCount(1)
      await filterList(page, 'Price', '≥', '1000')
      await expect(rows).toHaveCount(1)
      await expect(rows.first()).toContainText('Core platform')
      await page.screenshot({ path: `${SHOTS}/filtered.png` })

      // Global search looks in custom objects too, under their own heading.
      await page
        .getByRole('combobox', { name: 'Search records' })
        .fill('bundle')
      const results = page.getByTestId('search-results')
      const group = results
        .locator('.search-group')
        .filter({ hasText: 'Configurations' })
      await expect(group.getByRole('option')).toHaveText(['SSO bundle'])
      await page.screenshot({ path: '/tmp/shots2/search-configuration.png' })
      await group.getByRole('option', { name: 'SSO bundle' }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'SSO bundle',
      )

      const openapi = await page.request.get('/api/v1/openapi.json')
      expect(openapi.ok()).toBe(true)
      const document = (await openapi.json()) as { paths: object }
      expect(Object.keys(document.paths)).toContain('/api/v1/configurations')

      await page.goto(opportunityUrl)
      await expect(total).toContainText('16,300.50')
    })

    test('configurations show as a board by a choice field, and a card moves between columns', async ({
      page,
    }) => {
      await signIn(page, 'demo', ADMIN.email, ADMIN.password)
      await addChoiceField(
        page,
        {
          recordType: 'configuration',
          label: 'Status',
          type: 'Choice',
          name: 'status',
        },
        ['Draft', 'Quoted', 'Signed'],
      )

      const nav = page.getByRole('navigation', { name: 'Main' })
      await nav.getByRole('link', { name: 'Configurations' }).click()
      await page.getByText('Board', { exact: true }).click()
      const column = (name: string) =>
        page
          .getByTestId('board-column')
          .and(page.locator(`[data-column="${name}"]`))
      await expect(page.getByTestId('board-column')).toHaveCount(4)
      const card = page
        .getByTestId('board-card')
        .filter({ hasText: 'Core platform' })
      await expect(column('None').getByTestId('board-card')).toHaveCount(3)

      const from = await card.boundingBox()
      const to = await column('Quoted').boundingBox()
      if (!from || !to) throw new Error('card or column is not on screen')
      // By the card's edge: its title is a link and its select does not drag.
      await page.mouse.move(from.x + 4, from.y + 4)
      await page.mouse.down()
      await page.mouse.move(from.x + 30, from.y + 40, { steps: 5 })
      await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 15 })
      await page.mouse.up()

      await expect(column('Quoted')).toContainText('Core platform')
      await expect(column('None').getByTestId('board-card')).toHaveCount(2)
      await page.screenshot({ path: `${SHOTS}/board.png` })

      await page.reload()
      await expect(column('Quoted')).toContainText('Core platform')
    })
  })
