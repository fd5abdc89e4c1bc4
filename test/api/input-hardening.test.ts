import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

let t: TestApp
let admin: Browser

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
})
afterAll(() => t.close())

const cursor = (value: unknown, id: string) =>
  Buffer.from(JSON.stringify([value, id])).toString('base64url')

async function newAccount(name: string) {
  return (await admin.request('POST', '/api/v1/accounts', { name })).json().data
}

describe('values PostgreSQL cannot store', () => {
  const cases: Array<[string, string, object]> = [
    ['a NUL character', '/api/v1/accounts', { name: 'a\u0000b' }],
    [
      'an integer past 32 bits',
      '/api/v1/accounts',
      { name: 'x', employees: 2 ** 31 },
    ],
    [
      'an amount past 18 digits',
      '/api/v1/opportunities',
      { name: 'x', amount: 1e21 },
    ],
    [
      'an amount finer than a cent',
      '/api/v1/opportunities',
      { name: 'x', amount: 1e-7 },
    ],
    [
      'year zero',
      '/api/v1/opportunities',
      { name: 'x', close_date: '0000-01-01' },
    ],
    [
      'null for a field with a default',
      '/api/v1/leads',
      { last_name: 'x', status: null },
    ],
    [
      'a record type that is no record type',
      '/api/v1/activities',
      {
        type: 'note',
        subject: 'x',
        links: [
          {
            recordType: 'constructor',
            recordId: '01900000-0000-7000-8000-000000000000',
          },
        ],
      },
    ],
  ]
  for (const [what, url, body] of cases) {
    it(`refuses ${what} with a 422 and writes nothing`, async () => {
      const res = await admin.request('POST', url, body)
      expect(res.statusCode).toBe(422)
      expect(res.json().code).toBe('validation_failed')
    })
  }

  it('reads exact decimals from JSON numbers and strings alike', async () => {
    const res = await admin.request('POST', '/api/v1/opportunities', {
      name: 'Exact',
      amount: 0.1,
    })
    expect(res.json().data.amount).toBe('0.10')
  })

  it('creates an activity without links', async () => {
    const res = await admin.request('POST', '/api/v1/activities', {
      type: 'task',
      subject: 'Follow up',
    })
    expect(res.statusCode).toBe(201)
  })
})

describe('writes that change nothing', () => {
  it('leave no audit entry and keep updated_at', async () => {
    const deal = (
      await admin.request('POST', '/api/v1/opportunities', {
        name: 'Steady',
        amount: '100.00',
      })
    ).json().data
    for (const amount of [100, '100', '100.0', ' 100.00 ']) {
      const res = await admin.request(
        'PATCH',
        `/api/v1/opportunities/${deal.id}`,
        {
          amount,
        },
      )
      expect(res.json().data.updated_at).toBe(deal.updated_at)
    }
    const audit = await admin.get(`/api/v1/opportunities/${deal.id}/audit`)
    expect(audit.json().data).toHaveLength(1)
  })

  it('keep a hand-set probability when the same stage is sent again', async () => {
    const deal = (
      await admin.request('POST', '/api/v1/opportunities', { name: 'Hand set' })
    ).json().data
    await admin.request('PATCH', `/api/v1/opportunities/${deal.id}`, {
      probability: 75,
    })
    const res = await admin.request(
      'PATCH',
      `/api/v1/opportunities/${deal.id}`,
      {
        stage_id: deal.stage_id,
        name: 'Hand set',
      },
    )
    expect(res.json().data.probability).toBe(75)
  })
})

describe('references', () => {
  it('cannot point at a deleted record', async () => {
    const account = await newAccount('Gone Ltd')
    await admin.request('DELETE', `/api/v1/accounts/${account.id}`)
    const res = await admin.request('POST', '/api/v1/opportunities', {
      name: 'Orphaned',
      account_id: account.id,
    })
    expect(res.statusCode).toBe(422)
    expect(res.json().errors[0].field).toBe('account_id')
  })

  it('answer 409 when a restore collides with a newer twin', async () => {
    const account = await newAccount('Twin Co')
    const contact = (
      await admin.request('POST', '/api/v1/contacts', { last_name: 'Twin' })
    ).json().data
    const pair = { account_id: account.id, contact_id: contact.id }
    const first = (
      await admin.request('POST', '/api/v1/account-contacts', pair)
    ).json().data
    await admin.request('DELETE', `/api/v1/account-contacts/${first.id}`)
    await admin.request('POST', '/api/v1/account-contacts', pair)
    const res = await admin.request(
      'POST',
      `/api/v1/account-contacts/${first.id}/restore`,
    )
    expect(res.statusCode).toBe(409)
  })
})

describe('list parameters', () => {
  const bad = [
    [
      'a cursor whose value does not fit the sort',
      `sort=employees&cursor=${cursor('abc', '01900000-0000-7000-8000-000000000000')}`,
    ],
    ['a cursor without an id', `cursor=${cursor('x', 'not-a-uuid')}`],
    ['an empty filter value', 'filter[employees][gt]='],
    ['an empty entry in a list', 'filter[employees][in]=1,,2'],
    ['a null test that is not true or false', 'filter[employees][null]=maybe'],
    ['a filter on an inherited property', 'filter[constructor]=x'],
    ['a NUL in the search', 'q=%00'],
  ]
  for (const [what, query] of bad) {
    it(`refuse ${what}`, async () => {
      const res = await admin.get(`/api/v1/accounts?${query}`)
      expect([400, 422]).toContain(res.statusCode)
    })
  }

  it('check the account filter of contacts', async () => {
    const res = await admin.get('/api/v1/contacts?filter[account_id]=notauuid')
    expect([400, 422]).toContain(res.statusCode)
  })

  it('refuse a reason code that is not one', async () => {
    const account = await newAccount('Reasoned')
    const res = await admin.request(
      'PATCH',
      `/api/v1/accounts/${account.id}`,
      { industry: 'Retail' },
      { 'x-reason-code': 'bad reason!' },
    )
    expect(res.statusCode).toBe(400)
  })
})

describe('the board', () => {
  it('answers 404 for a pipeline that does not exist', async () => {
    const res = await admin.get(
      '/api/v1/pipelines/01900000-0000-7000-8000-000000000003/board',
    )
    expect(res.statusCode).toBe(404)
  })

  it('narrows its totals by the search text like the list', async () => {
    await admin.request('POST', '/api/v1/opportunities', {
      name: 'Zebra expansion',
      amount: '10.00',
    })
    const pipelines = (await admin.get('/api/v1/pipelines')).json().data
    const board = await admin.get(
      `/api/v1/pipelines/${pipelines[0].id}/board?q=zebra`,
    )
    const count = board
      .json()
      .data.reduce((n: number, s: { count: number }) => n + s.count, 0)
    const list = await admin.get('/api/v1/opportunities?q=zebra')
    expect(count).toBe(list.json().data.length)
    expect(count).toBe(1)
  })
})
