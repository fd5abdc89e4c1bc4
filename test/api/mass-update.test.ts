import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

let t: TestApp
let admin: Browser
let rep: Browser
let repId: string
const deals: string[] = []

async function roleId(key: string) {
  const roles = (await admin.get('/api/v1/roles')).json().data
  return roles.find((r: { key: string }) => r.key === key).id
}

const massUpdate = (who: Browser, body: object) =>
  who.request('POST', '/api/v1/opportunities/mass-update', body)

async function descriptions() {
  const res = await admin.get('/api/v1/opportunities?sort=name&limit=50')
  return res
    .json()
    .data.map((d: { description: string | null }) => d.description)
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  const user = await createUser(t.database.db, t.workspace.tenantId, {
    name: 'Rory Rep',
  })
  repId = user.id
  await admin.request('PUT', `/api/v1/users/${user.id}/roles`, {
    roleIds: [await roleId('sales_rep')],
  })
  rep = await t.signIn(user.email)
  for (const [i, owner] of [repId, repId, null].entries()) {
    const res = await admin.request('POST', '/api/v1/opportunities', {
      name: `Deal ${i}`,
      ...(owner && { owner_id: owner }),
    })
    deals.push(res.json().data.id)
  }
})
afterAll(() => t.close())

describe('changing many records at once', () => {
  it('gives each the values, through the record layer, audited as a mass update', async () => {
    const res = await massUpdate(admin, {
      ids: deals,
      values: { description: 'Quarter-end push' },
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().data).toEqual({ updated: 3 })
    expect(await descriptions()).toEqual(Array(3).fill('Quarter-end push'))
    const history = await admin.get(`/api/v1/opportunities/${deals[2]}/audit`)
    expect(history.json().data[0]).toMatchObject({
      reasonCode: 'mass_update',
      changes: { description: { from: null, to: 'Quarter-end push' } },
    })
  })

  it('writes nothing when one record is refused, and says which', async () => {
    const res = await massUpdate(rep, {
      ids: deals,
      values: { description: 'Mine now' },
    })
    expect(res.statusCode).toBe(404)
    expect(res.json().detail).toMatch(
      new RegExp(`^Nothing was changed: record 3 of 3 \\(${deals[2]}\\)`),
    )
    expect(res.json().errors[0].field).toBe('ids.2')
    expect(await descriptions()).toEqual(Array(3).fill('Quarter-end push'))

    const bad = await massUpdate(admin, {
      ids: deals,
      values: { amount: 'lots' },
    })
    expect(bad.statusCode).toBe(422)
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'ids.0',
      'values.amount',
    ])
    const none = await massUpdate(admin, { ids: deals, values: {} })
    expect(none.statusCode).toBe(422)
  })

  it('is for roles that mass update, on the records they reach', async () => {
    const own = await massUpdate(rep, {
      ids: deals.slice(0, 2),
      values: { description: 'Rory’s' },
    })
    expect(own.statusCode, own.body).toBe(200)
    const partner = await createUser(t.database.db, t.workspace.tenantId, {
      name: 'Pia Partner',
    })
    await admin.request('PUT', `/api/v1/users/${partner.id}/roles`, {
      roleIds: [await roleId('partner')],
    })
    const refused = await massUpdate(await t.signIn(partner.email), {
      ids: deals.slice(0, 1),
      values: { description: 'x' },
    })
    expect(refused.statusCode).toBe(403)
    expect(await descriptions()).toEqual([
      'Rory’s',
      'Rory’s',
      'Quarter-end push',
    ])
  })
})
