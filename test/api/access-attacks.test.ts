import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

// What a rep with a valid account tries beyond their reach: pointing their
// records at records they cannot see, adding lines to a deal shared with
// them for reading, and changing the product catalogue. Ann and Bob are
// sales reps; Bob's account and deal are beyond Ann's reach.
let t: TestApp
let admin: Browser
let ann: Browser
const ids: Record<string, string> = {}
const MISSING = '01900000-0000-7000-8000-000000000000'

async function create(path: string, body: object) {
  const res = await admin.request('POST', path, body)
  expect(res.statusCode, `${path} ${res.body}`).toBe(201)
  return res.json().data.id as string
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  const roles = (await admin.get('/api/v1/roles')).json().data
  const rep = roles.find((r: { key: string }) => r.key === 'sales_rep')
  const people = await Promise.all(
    ['Ann', 'Bob'].map((name) =>
      createUser(t.database.db, t.workspace.tenantId, { name }),
    ),
  )
  for (const user of people) {
    const res = await admin.request('PUT', `/api/v1/users/${user.id}/roles`, {
      roleIds: [rep.id],
    })
    expect(res.statusCode, res.body).toBe(200)
  }
  const [annId, bobId] = people.map((u) => u.id)
  ann = await t.signIn(people[0].email)
  ids.bob = bobId
  ids.annDeal = await create('/api/v1/opportunities', {
    name: 'Ann deal',
    owner_id: annId,
  })
  ids.annContact = await create('/api/v1/contacts', {
    last_name: 'Ann contact',
    owner_id: annId,
  })
  ids.bobAccount = await create('/api/v1/accounts', {
    name: 'Bob account',
    owner_id: bobId,
  })
  ids.bobDeal = await create('/api/v1/opportunities', {
    name: 'Bob deal',
    owner_id: bobId,
  })
  ids.product = await create('/api/v1/products', {
    name: 'Seat',
    list_price: '50.00',
  })
})
afterAll(() => t.close())

describe('a reference to a record beyond reach', () => {
  it('is refused like one to a record that does not exist', async () => {
    const point = (account_id: string) =>
      ann.request('PATCH', `/api/v1/opportunities/${ids.annDeal}`, {
        account_id,
      })
    const hidden = await point(ids.bobAccount)
    const missing = await point(MISSING)
    expect(missing.statusCode).toBe(422)
    expect(hidden.statusCode).toBe(422)
    expect(hidden.json().errors).toEqual(missing.json().errors)
    const stored = await admin.get(`/api/v1/opportunities/${ids.annDeal}`)
    expect(stored.json().data.account_id).toBeNull()
  })

  it('links no contact to an account beyond reach', async () => {
    const res = await ann.request('POST', '/api/v1/account-contacts', {
      account_id: ids.bobAccount,
      contact_id: ids.annContact,
    })
    expect(res.statusCode).toBe(422)
    expect(res.json().errors[0].field).toBe('account_id')
  })

  it('puts no activity on the timeline of a record beyond reach', async () => {
    const log = (recordId: string) =>
      ann.request('POST', '/api/v1/activities', {
        type: 'note',
        subject: 'Planted note',
        links: [{ recordType: 'opportunity', recordId }],
      })
    const hidden = await log(ids.bobDeal)
    const missing = await log(MISSING)
    expect(missing.statusCode).toBe(422)
    expect(hidden.statusCode).toBe(422)
    const timeline = await admin.get(
      `/api/v1/opportunities/${ids.bobDeal}/timeline`,
    )
    expect(timeline.json().data).toEqual([])
  })
})

describe('a deal a guard rule keeps from being changed', () => {
  it('keeps its product lines too', async () => {
    const rule = await admin.request('POST', '/api/v1/guard-rules', {
      recordType: 'opportunity',
      name: 'Signed deals are frozen',
      when: { field: 'description', op: 'eq', value: 'Signed' },
      action: 'edit',
      exceptRoles: ['administrator'],
    })
    expect(rule.statusCode, rule.body).toBe(201)
    const signed = await admin.request(
      'PATCH',
      `/api/v1/opportunities/${ids.annDeal}`,
      { description: 'Signed' },
    )
    expect(signed.statusCode, signed.body).toBe(200)
    const line = {
      opportunity_id: ids.annDeal,
      product_id: ids.product,
      quantity: '3',
    }
    const added = await ann.request(
      'POST',
      '/api/v1/opportunity-products',
      line,
    )
    expect(added.statusCode, added.body).toBe(403)
    expect(added.json().detail).toContain('Signed deals are frozen')
    // The administrator is excepted; their line then stays put for Ann.
    const id = await create('/api/v1/opportunity-products', line)
    const removed = await ann.request(
      'DELETE',
      `/api/v1/opportunity-products/${id}`,
    )
    expect(removed.statusCode).toBe(403)
    await admin.request('DELETE', `/api/v1/guard-rules/${rule.json().data.id}`)
    const freed = await ann.request(
      'DELETE',
      `/api/v1/opportunity-products/${id}`,
    )
    expect(freed.statusCode, freed.body).toBe(204)
  })
})

describe('a deal shared for reading', () => {
  it('gains, changes and loses no product lines', async () => {
    const line = await create('/api/v1/opportunity-products', {
      opportunity_id: ids.bobDeal,
      product_id: ids.product,
      quantity: '1',
    })
    const share = await admin.request(
      'POST',
      `/api/v1/opportunities/${ids.bobDeal}/shares`,
      {
        userId: (await ann.get('/api/v1/auth/session')).json().user.id,
        access: 'read',
      },
    )
    expect(share.statusCode, share.body).toBe(201)
    const added = await ann.request('POST', '/api/v1/opportunity-products', {
      opportunity_id: ids.bobDeal,
      product_id: ids.product,
      quantity: '100',
    })
    expect(added.statusCode).toBe(403)
    const changed = await ann.request(
      'PATCH',
      `/api/v1/opportunity-products/${line}`,
      { quantity: '100' },
    )
    expect(changed.statusCode).toBe(403)
    const moved = await ann.request(
      'PATCH',
      `/api/v1/opportunity-products/${line}`,
      { opportunity_id: ids.annDeal },
    )
    expect(moved.statusCode).toBe(403)
    const removed = await ann.request(
      'DELETE',
      `/api/v1/opportunity-products/${line}`,
    )
    expect(removed.statusCode).toBe(403)
    const lines = await admin.get(
      `/api/v1/opportunity-products?filter[opportunity_id]=${ids.bobDeal}`,
    )
    expect(
      lines.json().data.map((l: { quantity: string }) => l.quantity),
    ).toEqual(['1.0000'])
  })

  it('leaves the rep’s own deal open to lines', async () => {
    const res = await ann.request('POST', '/api/v1/opportunity-products', {
      opportunity_id: ids.annDeal,
      product_id: ids.product,
      quantity: '2',
    })
    expect(res.statusCode, res.body).toBe(201)
  })
})

describe('the product catalogue', () => {
  it('is not changed or emptied by a rep’s own-records grant', async () => {
    const path = `/api/v1/products/${ids.product}`
    const price = await ann.request('PATCH', path, { list_price: '0.01' })
    expect(price.statusCode).toBe(403)
    const removed = await ann.request('DELETE', path)
    expect(removed.statusCode).toBe(403)
    const stored = await admin.get(path)
    expect(stored.json().data.list_price).toBe('50.00')
    expect(stored.json().data.deleted_at).toBeUndefined()
  })

  it('keeps the catalogue from reps: they may not add products', async () => {
    const res = await ann.request('POST', '/api/v1/products', {
      name: 'Rep kit',
    })
    expect(res.statusCode, res.body).toBe(403)
  })
})
