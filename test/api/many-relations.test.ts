import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

let t: TestApp
let admin: Browser
const accounts: Record<string, string> = {}

async function post(path: string, body: object) {
  const res = await admin.request('POST', path, body)
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  await post('/api/v1/custom-objects', {
    name: 'campaign',
    label: 'Campaign',
    labelPlural: 'Campaigns',
  })
  await post('/api/v1/custom-fields', {
    recordType: 'campaign',
    name: 'account_ids',
    label: 'Accounts',
    type: 'refs',
    ref: 'account',
    indexed: true,
  })
  await post('/api/v1/custom-fields', {
    recordType: 'campaign',
    name: 'budget',
    label: 'Budget',
    type: 'money',
  })
  await post('/api/v1/custom-fields', {
    recordType: 'account',
    name: 'campaign_budget',
    label: 'Campaign budget',
    type: 'rollup',
    rollup: {
      object: 'campaign',
      via: 'account_ids',
      fn: 'sum',
      field: 'budget',
    },
  })
  for (const name of ['North', 'South', 'East']) {
    accounts[name] = (await post('/api/v1/accounts', { name })).id
  }
})
afterAll(() => t.close())

describe('relations to many records', () => {
  it('are stored as a set, embedded, filtered and rolled up', async () => {
    const spring = await post('/api/v1/campaigns', {
      name: 'Spring',
      account_ids: [
        accounts.North.toUpperCase(),
        accounts.South,
        accounts.North,
      ],
      budget: '100.00',
    })
    expect(spring.account_ids).toEqual([accounts.North, accounts.South])
    await post('/api/v1/campaigns', {
      name: 'Summer',
      account_ids: [accounts.South],
      budget: '50.00',
    })
    const got = await admin.get(
      `/api/v1/campaigns/${spring.id}?include=accounts`,
    )
    expect(
      got.json().data.accounts.map((a: { name: string }) => a.name),
    ).toEqual(['North', 'South'])
    const names = async (query: string) =>
      (await admin.get(`/api/v1/campaigns?${query}&sort=name`))
        .json()
        .data.map((r: { name: string }) => r.name)
    expect(await names(`filter[account_ids]=${accounts.South}`)).toEqual([
      'Spring',
      'Summer',
    ])
    expect(await names(`filter[account_ids]=${accounts.North}`)).toEqual([
      'Spring',
    ])
    expect(await names(`filter[account_ids]=${accounts.East}`)).toEqual([])
    const budget = async (name: string) =>
      (await admin.get(`/api/v1/accounts/${accounts[name]}`)).json().data
        .campaign_budget
    expect(await budget('North')).toBe('100.00')
    expect(await budget('South')).toBe('150.00')
    expect(await budget('East')).toBe(null)
  })

  it('point only at live records of the right type', async () => {
    const gone = (await post('/api/v1/accounts', { name: 'Gone' })).id
    await admin.request('DELETE', `/api/v1/accounts/${gone}`)
    const deal = (await post('/api/v1/opportunities', { name: 'Deal' })).id
    for (const ids of [[gone], [deal], [accounts.East, gone]]) {
      const res = await admin.request('POST', '/api/v1/campaigns', {
        name: 'Bad',
        account_ids: ids,
      })
      expect(res.statusCode, JSON.stringify(ids)).toBe(422)
    }
    const named = await admin.request('POST', '/api/v1/custom-fields', {
      recordType: 'campaign',
      name: 'contacts',
      label: 'Contacts',
      type: 'refs',
      ref: 'contact',
    })
    expect(named.statusCode).toBe(422)
  })
})
