import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

// A link (a contact at an account, a product on a deal) has no owner: it
// is seen with both its ends, so a rep's related lists name and count no
// account or deal beyond their reach.

let t: TestApp
let admin: Browser
let rep: Browser
const ids: Record<string, string> = {}

async function create(path: string, body: object) {
  const res = await admin.request('POST', path, body)
  expect(res.statusCode, `${path} ${res.body}`).toBe(201)
  return res.json().data.id as string
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  const roles = (await admin.get('/api/v1/roles')).json().data
  const salesRep = roles.find((r: { key: string }) => r.key === 'sales_rep')
  const [ann, bob] = await Promise.all(
    ['Ann', 'Bob'].map((name) =>
      createUser(t.database.db, t.workspace.tenantId, { name }),
    ),
  )
  for (const user of [ann, bob]) {
    const res = await admin.request('PUT', `/api/v1/users/${user.id}/roles`, {
      roleIds: [salesRep.id],
    })
    expect(res.statusCode, res.body).toBe(200)
  }
  rep = await t.signIn(ann.email)

  for (const [key, owner] of [
    ['mine', ann],
    ['theirs', bob],
  ] as const) {
    const owner_id = owner.id
    ids[`${key}Account`] = await create('/api/v1/accounts', {
      name: `${owner.name} account`,
      owner_id,
    })
    ids[`${key}Deal`] = await create('/api/v1/opportunities', {
      name: `${owner.name} deal`,
      owner_id,
    })
  }
  ids.contact = await create('/api/v1/contacts', {
    last_name: 'Ann contact',
    owner_id: ann.id,
  })
  ids.product = await create('/api/v1/products', { name: 'Seat' })
  for (const key of ['mine', 'theirs']) {
    ids[`${key}Link`] = await create('/api/v1/account-contacts', {
      account_id: ids[`${key}Account`],
      contact_id: ids.contact,
      role: `${key} buyer`,
    })
    ids[`${key}Line`] = await create('/api/v1/opportunity-products', {
      opportunity_id: ids[`${key}Deal`],
      product_id: ids.product,
      quantity: '3',
      unit_price: key === 'mine' ? '100.00' : '977.31',
    })
  }
})
afterAll(() => t.close())

describe('a link between records', () => {
  it('lists a contact’s accounts to a rep only where the rep sees the account', async () => {
    const url = `/api/v1/account-contacts?filter[contact_id]=${ids.contact}`
    const res = await rep.get(`${url}&include=account`)
    expect(res.statusCode, res.body).toBe(200)
    const rows = res.json().data
    expect(rows.map((r: { id: string }) => r.id)).toEqual([ids.mineLink])
    expect(res.body).not.toContain('theirs buyer')
    // The administrator sees both.
    expect((await admin.get(url)).json().data).toHaveLength(2)
  })

  it('keeps the product lines of a deal beyond reach from every list', async () => {
    const res = await rep.get('/api/v1/opportunity-products?limit=100')
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().data.map((r: { id: string }) => r.id)).toEqual([
      ids.mineLine,
    ])
    expect(res.body).not.toContain('977.31')
  })

  it('answers 404 at the address of a link with an end beyond reach', async () => {
    for (const path of [
      `/api/v1/account-contacts/${ids.theirsLink}`,
      `/api/v1/opportunity-products/${ids.theirsLine}`,
    ]) {
      expect((await rep.get(path)).statusCode, path).toBe(404)
    }
    const mine = await rep.get(`/api/v1/account-contacts/${ids.mineLink}`)
    expect(mine.statusCode, mine.body).toBe(200)
  })
})
