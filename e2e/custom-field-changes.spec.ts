import { expect, type Locator, type Page, test } from '@playwright/test'
import { addField } from './support/add-field.js'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots2'
const ADMIN = { email: 'admin@demo.example', password: 'rapport-demo' }

function fieldRow(page: Page, recordType: string, name: string): Locator {
  return page
    .locator(`[data-record-type="${recordType}"]`)
    .getByTestId('custom-field-row')
    .filter({ has: page.locator('td > code').getByText(name, { exact: true }) })
}

/** Opens the first opportunity and answers its id. */
async function openFirstOpportunity(page: Page): Promise<string> {
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Opportunities' }).click()
  await page.getByTestId('record-row').first().click()
  await expect(page.getByTestId('field-grid')).toBeVisible()
  const id = page.url().split('/').pop()
  if (!id) throw new Error('no opportunity id in the address')
  return id
}

test.describe
  .serial('changing custom fields', () => {
    // One sign-in for the whole story: sign-in is rate limited, and the
    // suite signs in often enough already.
    let page: Page

    test.beforeAll(async ({ browser }) => {
      page = await browser.newPage()
      await signIn(page, 'demo', ADMIN.email, ADMIN.password)
    })

    test.afterAll(() => page.close())
    test('an admin adds a formula on opportunities, is told when it is wrong, and sees its value on a deal', async () => {
      await page.getByRole('link', { name: 'Fields' }).click()
      await page.getByRole('button', { name: 'Add field' }).click()
      const form = page.getByRole('form', { name: 'Add field' })
      await form
        .locator('select[name="recordType"]')
        .selectOption('opportunity')
      await form
        .locator('select[name="type"]')
        .selectOption({ label: 'Formula' })
      await form.locator('input[name="label"]').fill('Weighted amount')
      await form.locator('select[name="formulaType"]').selectOption({
        label: 'Money',
      })
      const expression = form.locator('textarea[name="formula"]')
      await expression.fill('amount * chance / 100')
      await form.getByRole('button', { name: 'Add field' }).click()
      const refusal = form
        .locator('.field')
        .filter({ has: page.locator('textarea[name="formula"]') })
        .getByRole('alert')
      await expect(refusal).toContainText('chance')
      await page.screenshot({ path: `${SHOTS}/formula-refused.png` })

      // The chips put a field's name where the cursor is.
      await expression.fill(' * ')
      await expression.press('Home')
      await form.getByRole('button', { name: 'amount', exact: true }).click()
      await expression.press('End')
      await form
        .getByRole('button', { name: 'probability', exact: true })
        .click()
      await expression.pressSequentially(' / 100')
      await expect(expression).toHaveValue('amount * probability / 100')
      await page.screenshot({ path: `${SHOTS}/formula-form.png` })
      await form.getByRole('button', { name: 'Add field' }).click()
      await expect(form).toBeHidden()
      const row = fieldRow(page, 'opportunity', 'weighted_amount')
      await expect(row).toContainText('Formula')
      await expect(row).toContainText('= amount * probability / 100')

      const id = await openFirstOpportunity(page)
      const response = await page.request.get(`/api/v1/opportunities/${id}`)
      const { data } = (await response.json()) as {
        data: { amount: string; probability: number; weighted_amount: string }
      }
      const expected = (Number(data.amount) * data.probability) / 100
      expect(Number(data.weighted_amount)).toBeCloseTo(expected, 2)
      const shown = expected.toLocaleString('en-US', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      })
      const weighted = page
        .getByTestId('field-grid')
        .locator('[data-field="weighted_amount"]')
      await expect(weighted).toContainText('Weighted amount')
      await expect(weighted).toContainText(shown)
      await weighted.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/formula-value.png` })
    })

    test('an admin renames and retypes a text field; a type its values cannot take is refused with the reason', async () => {
      await addField(page, {
        recordType: 'opportunity',
        label: 'Competitor',
        type: 'Text',
        name: 'competitor',
      })
      await openFirstOpportunity(page)
      await page.getByRole('button', { name: 'Edit', exact: true }).click()
      await page.locator('input[name="competitor"]').fill('Northwind')
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      const grid = page.getByTestId('field-grid')
      await expect(grid.locator('[data-field="competitor"]')).toContainText(
        'Northwind',
      )

      await page.getByRole('link', { name: 'Fields' }).click()
      const row = fieldRow(page, 'opportunity', 'competitor')
      await row.getByRole('button', { name: 'Edit Competitor' }).click()
      const form = page.getByRole('form', { name: 'Edit field' })
      await expect(form.locator('input[name="label"]')).toHaveValue(
        'Competitor',
      )
      await form.locator('select[name="type"]').selectOption({
        label: 'Whole number',
      })
      await form.getByRole('button', { name: 'Save changes' }).click()
      const typeRow = form
        .locator('.field')
        .filter({ has: page.locator('select[name="type"]') })
      await expect(typeRow.getByRole('alert')).toContainText(
        '1 record holds a value that cannot fit the new definition',
      )
      await expect(typeRow.getByRole('alert')).toContainText('Northwind')
      await page.screenshot({ path: `${SHOTS}/edit-refused.png` })

      await form.locator('select[name="type"]').selectOption({
        label: 'Long text',
      })
      await form.locator('input[name="label"]').fill('Main competitor')
      await form.getByRole('button', { name: 'Save changes' }).click()
      await expect(form).toBeHidden()
      await expect(row).toContainText('Main competitor')
      await expect(row).toContainText('Long text')
      await page.screenshot({ path: `${SHOTS}/edit-saved.png` })

      // Record pages learn the new label without a reload.
      await openFirstOpportunity(page)
      const competitor = grid.locator('[data-field="competitor"]')
      await expect(competitor).toContainText('Main competitor')
      await expect(competitor).toContainText('Northwind')
    })

    test('a field a formula reads is kept, and the admin is told which formula reads it', async () => {
      await addField(page, {
        recordType: 'opportunity',
        label: 'Discount',
        type: 'Decimal number',
        name: 'discount',
      })
      await addField(
        page,
        {
          recordType: 'opportunity',
          label: 'Net amount',
          type: 'Formula',
          name: 'net_amount',
        },
        async (form) => {
          const expression = form.locator('textarea[name="formula"]')
          await expression.fill('amount - coalesce(, 0)')
          await expression.press('End')
          for (let i = 0; i < 4; i++) await expression.press('ArrowLeft')
          await form
            .getByRole('button', { name: 'discount', exact: true })
            .click()
          await expect(expression).toHaveValue('amount - coalesce(discount, 0)')
          await form.locator('select[name="formulaType"]').selectOption('money')
        },
      )

      page.once('dialog', (dialog) => dialog.accept())
      const row = fieldRow(page, 'opportunity', 'discount')
      await row.getByRole('button', { name: 'Retire Discount' }).click()
      const refusal = page
        .locator('[data-record-type="opportunity"]')
        .getByRole('alert')
      await expect(refusal).toContainText('"Net amount" reads this field')
      await expect(row).toBeVisible()
      await page.screenshot({ path: `${SHOTS}/retire-refused.png` })
    })

    test('the user menu links admins to the API reference', async () => {
      await page.locator('.user-button').click()
      const link = page.getByRole('menuitem', { name: /API reference/ })
      await expect(link).toHaveAttribute('href', '/api/docs')
      await expect(link).toHaveAttribute('target', '_blank')
      await page.screenshot({ path: `${SHOTS}/user-menu.png` })
      const [docs] = await Promise.all([
        page.context().waitForEvent('page'),
        link.click(),
      ])
      await docs.waitForLoadState()
      // Swagger UI's top bar offers both documents.
      const definitions = docs.locator('.topbar select')
      await expect(definitions).toContainText('Every workspace')
      await expect(definitions).toContainText('Your workspace (signed in)')
      await expect(docs.locator('.opblock').first()).toBeVisible()
      await docs.screenshot({ path: `${SHOTS}/api-docs.png` })
      await docs.close()
    })
  })
