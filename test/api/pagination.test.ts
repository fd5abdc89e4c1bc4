import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

let t: TestApp
let admin: Browser
const created: string[] = []

// 137 deals whose amounts take only five values, a fifth of them empty:
// a sort by amount is full of ties and NULLs.
beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  const amounts = ['100.00', '250.00', '250.00', null, '1000.00']
  for (let i = 0; i < 137; i += 1) {
    const res = await admin.request('POST', '/api/v1/opportunities', {
      name: `Deal ${String(i).padStart(3, '0')}`,
      amount: amounts[i % amounts.length],
      close_date: i % 3 === 0 ? null : '2027-01-15',
    })
    created.push(res.json().data.id)
  }
})
afterAll(() => t.close())

async function pageThrough(query: string, limit: number) {
  const seen: Array<{
    id: string
    amount: string | null
    close_date: string | null
  }> = []
  let cursor: string | null = null
  do {
    const after: string = cursor ? `&cursor=${cursor}` : ''
    const res = await admin.get(
      `/api/v1/opportunities?${query}&limit=${limit}${after}`,
    )
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.data.length).toBeLessThanOrEqual(limit)
    seen.push(...body.data)
    cursor = body.page.nextCursor
  } while (cursor)
  return seen
}

function numeric(value: string | null) {
  return value === null ? Number.POSITIVE_INFINITY : Number(value)
}

describe('keyset pagination', () => {
  for (const sort of [
    'amount',
    '-amount',
    'close_date',
    '-close_date',
    'name',
  ]) {
    it(`returns every deal exactly once sorted by ${sort}`, async () => {
      const rows = await pageThrough(`sort=${sort}`, 7)
      const ids = rows.map((r) => r.id)
      expect(new Set(ids).size).toBe(ids.length)
      expect([...ids].sort()).toEqual([...created].sort())
    })
  }

  it('keeps the sort order across pages, with empty amounts last', async () => {
    const rows = await pageThrough('sort=-amount', 9)
    const values = rows.map((r) => r.amount)
    const firstNull = values.indexOf(null)
    expect(values.slice(firstNull).every((v) => v === null)).toBe(true)
    const known = values.slice(0, firstNull).map(numeric)
    expect(known).toEqual([...known].sort((a, b) => b - a))
  })

  it('pages a filtered list completely', async () => {
    const rows = await pageThrough('filter[amount][gte]=250&sort=amount', 10)
    expect(rows.length).toBe(137 - 28 - 27) // amounts 100 and empty are out
    expect(rows.every((r) => Number(r.amount) >= 250)).toBe(true)
  })

  it('rejects a cursor it did not issue', async () => {
    const res = await admin.get('/api/v1/opportunities?cursor=bm90LWEtY3Vyc29y')
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('bad_request')
  })
})
