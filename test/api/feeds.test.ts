import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

let t: TestApp
let admin: Browser
let accountId: string

// Thirty notes, several sharing the same minute: the timeline orders by
// time, then id, and pages by both.
beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  accountId = (
    await admin.request('POST', '/api/v1/accounts', { name: 'Feedco' })
  ).json().data.id
  for (let i = 0; i < 30; i += 1) {
    await admin.request('POST', '/api/v1/activities', {
      type: 'note',
      subject: `Note ${i}`,
      occurred_at: `2026-11-${String(10 + (i % 5)).padStart(2, '0')}T09:00:00Z`,
      links: [{ recordType: 'account', recordId: accountId }],
    })
    await admin.request('PATCH', `/api/v1/accounts/${accountId}`, {
      description: `Revision ${i}`,
    })
  }
})
afterAll(() => t.close())

async function pageThrough(url: string, limit: number) {
  const seen: Array<{ id: string; occurred_at?: string; at?: string }> = []
  let cursor: string | null = null
  do {
    const after: string = cursor ? `&cursor=${cursor}` : ''
    const body = (await admin.get(`${url}?limit=${limit}${after}`)).json()
    seen.push(...body.data)
    cursor = body.page.nextCursor
  } while (cursor)
  return seen
}

describe('feeds of a record', () => {
  it('page the timeline completely, newest first', async () => {
    const items = await pageThrough(`/api/v1/accounts/${accountId}/timeline`, 7)
    expect(items).toHaveLength(30)
    expect(new Set(items.map((i) => i.id)).size).toBe(30)
    const times = items.map((i) => i.occurred_at as string)
    expect(times).toEqual([...times].sort().reverse())
  })

  it('page the history completely, newest first', async () => {
    const entries = await pageThrough(`/api/v1/accounts/${accountId}/audit`, 4)
    expect(entries).toHaveLength(31)
    expect(new Set(entries.map((e) => e.id)).size).toBe(31)
    const times = entries.map((e) => e.at as string)
    expect(times).toEqual([...times].sort().reverse())
  })
})
