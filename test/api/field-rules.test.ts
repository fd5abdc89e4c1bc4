import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

// Field rules: a field every role of a user hides is absent from all they
// read, and cannot be searched, filtered or sorted on; a read-only field
// is shown and refuses changes; one role leaving a field alone wins.
let t: TestApp
let admin: Browser
let rep: Browser
let repId: string
let dealId: string
const roles: Record<string, string> = {}

async function rule(role: string, field: string, access: string) {
  const res = await admin.request('PUT', '/api/v1/field-rules', {
    roleId: roles[role],
    recordType: 'opportunity',
    field,
    access,
  })
  expect(res.statusCode, res.body).toBe(200)
}

async function giveRoles(...keys: string[]) {
  const res = await admin.request('PUT', `/api/v1/users/${repId}/roles`, {
    roleIds: keys.map((k) => roles[k]),
  })
  expect(res.statusCode, res.body).toBe(200)
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  for (const r of (await admin.get('/api/v1/roles')).json().data) {
    roles[r.key] = r.id
  }
  const user = await createUser(t.database.db, t.workspace.tenantId, {
    name: 'Rita',
  })
  repId = user.id
  rep = await t.signIn(user.email)
  await giveRoles('sales_rep')
  for (const field of [
    { name: 'margin_note', label: 'Margin note', type: 'text' },
    {
      name: 'commission',
      label: 'Commission',
      type: 'formula',
      formula: { expression: 'amount * 0.1' },
    },
  ]) {
    const res = await admin.request('POST', '/api/v1/custom-fields', {
      recordType: 'opportunity',
      ...field,
    })
    expect(res.statusCode, res.body).toBe(201)
  }
  const res = await rep.request('POST', '/api/v1/opportunities', {
    name: 'Rita deal',
    amount: '5000.00',
    margin_note: 'thin margin zebra',
  })
  expect(res.statusCode, res.body).toBe(201)
  dealId = res.json().data.id
  await admin.request('PATCH', `/api/v1/opportunities/${dealId}`, {
    amount: '6000.00',
  })
  await rule('sales_rep', 'amount', 'hidden')
  await rule('sales_rep', 'margin_note', 'hidden')
  await rule('sales_rep', 'probability', 'read_only')
})
afterAll(() => t.close())

describe('a hidden field', () => {
  it('is absent from lists, record pages and computed fields that read it', async () => {
    const one = (await rep.get(`/api/v1/opportunities/${dealId}`)).json().data
    expect(one.name).toBe('Rita deal')
    for (const hidden of ['amount', 'margin_note', 'commission']) {
      expect(one).not.toHaveProperty(hidden)
    }
    const list = await rep.get('/api/v1/opportunities')
    expect(list.json().data[0]).not.toHaveProperty('amount')
    expect(list.body).not.toContain('6000.00')
    expect(list.body).not.toContain('zebra')
    const meta = (await rep.get('/api/v1/meta/record-types')).json().data
    const deal = meta.find((m: { name: string }) => m.name === 'opportunity')
    const names = deal.fields.map((f: { name: string }) => f.name)
    expect(names).not.toContain('amount')
    expect(names).not.toContain('commission')
  })

  it('cannot be searched, filtered or sorted on', async () => {
    const found = await rep.get('/api/v1/opportunities?q=zebra')
    expect(found.json().data).toEqual([])
    for (const query of ['filter[amount][gt]=1', 'sort=amount']) {
      const res = await rep.get(`/api/v1/opportunities?${query}`)
      expect(res.statusCode, query).toBe(400)
    }
    const asked = await rep.get(`/api/v1/opportunities/${dealId}?fields=amount`)
    expect(asked.statusCode).toBe(400)
  })

  it('is left out of history and board totals', async () => {
    const audit = await rep.get(`/api/v1/opportunities/${dealId}/audit`)
    expect(audit.statusCode, audit.body).toBe(200)
    expect(audit.body).not.toContain('6000.00')
    expect(audit.body).not.toContain('zebra')
    const pipelines = (await rep.get('/api/v1/pipelines')).json().data
    const board = await rep.get(`/api/v1/pipelines/${pipelines[0].id}/board`)
    expect(board.statusCode, board.body).toBe(200)
    expect(board.body).not.toContain('6000.00')
  })

  it('cannot be written, and stays stored as it was', async () => {
    const res = await rep.request('PATCH', `/api/v1/opportunities/${dealId}`, {
      amount: '1.00',
    })
    expect(res.statusCode).toBe(422)
    const stored = (await admin.get(`/api/v1/opportunities/${dealId}`)).json()
      .data
    expect(stored.amount).toBe('6000.00')
    expect(stored.margin_note).toBe('thin margin zebra')
  })
})

describe('a read-only field', () => {
  it('is shown, and a change to it is refused naming the field', async () => {
    const one = (await rep.get(`/api/v1/opportunities/${dealId}`)).json().data
    expect(one).toHaveProperty('probability')
    const res = await rep.request('PATCH', `/api/v1/opportunities/${dealId}`, {
      probability: 99,
    })
    expect(res.statusCode).toBe(403)
    expect(res.json().errors).toEqual([
      { field: 'probability', message: 'Your roles make this field read-only' },
    ])
    const same = await rep.request('PATCH', `/api/v1/opportunities/${dealId}`, {
      probability: one.probability,
      name: 'Rita deal, renamed',
    })
    expect(same.statusCode, same.body).toBe(200)
  })
})

describe('field rules across roles', () => {
  it('are a union: a role without the rule shows the field', async () => {
    await giveRoles('sales_rep', 'sales_manager')
    const one = (await rep.get(`/api/v1/opportunities/${dealId}`)).json().data
    expect(one.amount).toBe('6000.00')
    expect(Number(one.commission)).toBe(600)
    await giveRoles('sales_rep')
  })

  it('are refused on what decides access or names a record', async () => {
    for (const field of ['owner_id', 'name', 'nothing']) {
      const res = await admin.request('PUT', '/api/v1/field-rules', {
        roleId: roles.sales_rep,
        recordType: 'opportunity',
        field,
        access: 'hidden',
      })
      expect(res.statusCode, field).toBe(422)
    }
    const rep403 = await rep.request('PUT', '/api/v1/field-rules', {
      roleId: roles.sales_rep,
      recordType: 'opportunity',
      field: 'amount',
      access: 'editable',
    })
    expect(rep403.statusCode).toBe(403)
  })

  it('are listed and audited under the role', async () => {
    const list = (await admin.get('/api/v1/field-rules')).json().data
    expect(
      list.map((r: { field: string; access: string }) => [r.field, r.access]),
    ).toEqual([
      ['amount', 'hidden'],
      ['margin_note', 'hidden'],
      ['probability', 'read_only'],
    ])
  })
})
