import { expect, type Page } from '@playwright/test'

type Write = 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface SessionApi {
  /** A read that must answer 200; its `data`. */
  get<T>(path: string): Promise<T>
  /** A write that must succeed; its `data`, if it has a body. */
  send<T>(method: Write, path: string, body?: object): Promise<T>
}

/**
 * The API as the page's signed-in user. Writes carry the session's CSRF
 * token, as the web app's own requests do.
 */
export async function sessionApi(page: Page): Promise<SessionApi> {
  const session = await page.request.get('/api/v1/auth/session')
  expect(session.status(), await session.text()).toBe(200)
  const { csrfToken } = (await session.json()) as { csrfToken: string }

  return {
    async get<T>(path: string) {
      const response = await page.request.get(path)
      expect(response.status(), `GET ${path}: ${await response.text()}`).toBe(
        200,
      )
      return ((await response.json()) as { data: T }).data
    },

    async send<T>(method: Write, path: string, body?: object) {
      const response = await page.request.fetch(path, {
        method,
        data: body,
        headers: { 'X-CSRF-Token': csrfToken },
      })
      const what = `${method} ${path}: ${await response.text()}`
      expect(response.status(), what).toBeLessThan(300)
      if (response.status() === 204) return undefined as T
      return ((await response.json()) as { data: T }).data
    },
  }
}
