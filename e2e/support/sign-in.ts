import { expect, type Page } from '@playwright/test'

export async function signIn(
  page: Page,
  workspace: string,
  email: string,
  password: string,
  /** What the first page shows: the board, or the page the user left. */
  landing = 'board',
) {
  await page.goto('/')
  await page.locator('input[name="workspace"]').fill(workspace)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole('button', { name: /sign in/i }).click()
  await expect(page.getByTestId(landing)).toBeVisible()
}
