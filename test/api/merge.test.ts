import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

// Merging two accounts moves everything that pointed at the merged one
// (its contacts' links, deals, activities, shares, child accounts) to the
// survivor, keeps the merged account soft-deleted with a pointer, records
// the lineage and can be undone.
let t: TestApp
let admin: Browser
const ids: Record<string, string> = {}

async function create(path: string, body: object) {
  const res = await admin.request('POST', path, body)
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data.id as string
}

async function timeline(plural: string, id: string) {
  const res = await admin.get(`/api/v1/${plural}/${id}/timeline`)
  return res.json().data.map((a: { subject: string }) => a.subject)
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  const partner = await createUser(t.database.db, t.workspace.tenantId, {
    name: 'Pia Partner',
  })
  ids.partner = partner.id
  ids.survivor = await create('/api/v1/accounts', {
    name: 'Globex',
    phone: '+1 212 555 0100',
  })
  ids.merged = await create('/api/v1/accounts', {
    name: 'Globex Corporation',
    website: 'https://globex.example',
    industry: 'Energy',
  })
  ids.child = await create('/api/v1/accounts', {
    name: 'Globex Labs',
    parent_account_id: ids.merged,
  })
  ids.contact = await create('/api/v1/contacts', { last_name: 'Scorpio' })
  ids.shared = await create('/api/v1/contacts', { last_name: 'Both' })
  ids.link = await create('/api/v1/account-contacts', {
    account_id: ids.merged,
    contact_id: ids.contact,
  })
  // Linked to both: the survivor keeps its own link.
  await create('/api/v1/account-contacts', {
    account_id: ids.merged,
    contact_id: ids.shared,
  })
  await create('/api/v1/account-contacts', {
    account_id: ids.survivor,
    contact_id: ids.shared,
  })
  ids.deal = await create('/api/v1/opportunities', {
    name: 'Globex renewal',
    account_id: ids.merged,
  })
  await create('/api/v1/activities', {
    type: 'call',
    subject: 'Call with the merged account',
    links: [{ recordType: 'account', recordId: ids.merged }],
  })
  await create('/api/v1/activities', {
    type: 'note',
    subject: 'Note on both',
    links: [
      { recordType: 'account', recordId: ids.merged },
      { recordType: 'account', recordId: ids.survivor },
    ],
  })
  const share = await admin.request(
    'POST',
    `/api/v1/accounts/${ids.merged}/shares`,
    { userId: ids.partner, access: 'read' },
  )
  expect(share.statusCode, share.body).toBe(201)
})
afterAll(() => t.close())

describe('merging accounts', () => {
  let mergeId: string

  it('keeps the chosen values and moves every related record', async () => {
    const res = await admin.request('POST', '/api/v1/accounts/merges', {
      survivorId: ids.survivor,
      mergedIds: [ids.merged],
      values: { name: ids.merged, website: ids.merged, phone: ids.survivor },
    })
    expect(res.statusCode, res.body).toBe(201)
    const merge = res.json().data
    mergeId = merge.id
    expect(merge.record).toMatchObject({
      name: 'Globex Corporation',
      website: 'https://globex.example',
      phone: '+1 212 555 0100',
    })
    expect(merge.moved).toMatchObject({
      activity_link: 1,
      record_share: 1,
      account_contact: 1,
      'opportunity.account_id': 1,
      'account.parent_account_id': 1,
    })

    const deal = (await admin.get(`/api/v1/opportunities/${ids.deal}`)).json()
    expect(deal.data.account_id).toBe(ids.survivor)
    const child = (await admin.get(`/api/v1/accounts/${ids.child}`)).json()
    expect(child.data.parent_account_id).toBe(ids.survivor)
    const contacts = await admin.get(
      `/api/v1/contacts?filter[account_id]=${ids.survivor}&sort=last_name`,
    )
    expect(contacts.json().data.map((c: { id: string }) => c.id)).toEqual([
      ids.shared,
      ids.contact,
    ])
    expect((await timeline('accounts', ids.survivor)).sort()).toEqual([
      'Call with the merged account',
      'Note on both',
    ])
    const shares = await admin.get(`/api/v1/accounts/${ids.survivor}/shares`)
    expect(shares.json().data).toHaveLength(1)
  })

  it('keeps the merged account deleted, pointing at the survivor', async () => {
    const res = await admin.get(`/api/v1/accounts/${ids.merged}`)
    expect(res.statusCode).toBe(200)
    expect(res.json().data.deleted_at).not.toBeNull()
    const list = await admin.get('/api/v1/accounts?limit=100')
    const names = list.json().data.map((a: { name: string }) => a.name)
    expect(names).not.toContain('Globex')
    const lineage = await admin.get(`/api/v1/accounts/${ids.merged}/merges`)
    expect(lineage.statusCode, lineage.body).toBe(200)
    expect(lineage.json().data[0]).toMatchObject({
      id: mergeId,
      survivorId: ids.survivor,
      mergedIds: [ids.merged],
      fields: ['name', 'website'],
      undoneAt: null,
    })
  })

  it('is audited on the survivor, the merged account and what moved', async () => {
    const survivor = await admin.get(`/api/v1/accounts/${ids.survivor}/audit`)
    const entry = survivor
      .json()
      .data.find((e: { reasonCode: string }) => e.reasonCode === 'merged')
    expect(entry, survivor.body).toBeDefined()
    const deal = await admin.get(`/api/v1/opportunities/${ids.deal}/audit`)
    expect(deal.body).toContain('merged')
  })

  it('can be undone: values, related records and the merged account come back', async () => {
    const res = await admin.request(
      'POST',
      `/api/v1/accounts/merges/${mergeId}/undo`,
    )
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().data.record).toMatchObject({
      name: 'Globex',
      website: null,
    })
    const merged = (await admin.get(`/api/v1/accounts/${ids.merged}`)).json()
    expect(merged.data.deleted_at ?? null).toBeNull()
    const deal = (await admin.get(`/api/v1/opportunities/${ids.deal}`)).json()
    expect(deal.data.account_id).toBe(ids.merged)
    const child = (await admin.get(`/api/v1/accounts/${ids.child}`)).json()
    expect(child.data.parent_account_id).toBe(ids.merged)
    expect(await timeline('accounts', ids.merged)).toHaveLength(2)
    expect(await timeline('accounts', ids.survivor)).toEqual(['Note on both'])
    const shares = await admin.get(`/api/v1/accounts/${ids.merged}/shares`)
    expect(shares.json().data).toHaveLength(1)
    const again = await admin.request(
      'POST',
      `/api/v1/accounts/merges/${mergeId}/undo`,
    )
    expect(again.statusCode).toBe(409)
  })

  it('refuses a survivor among the merged and records beyond reach', async () => {
    const self = await admin.request('POST', '/api/v1/accounts/merges', {
      survivorId: ids.survivor,
      mergedIds: [ids.survivor],
    })
    expect(self.statusCode).toBe(422)
    const rep = await createUser(t.database.db, t.workspace.tenantId)
    const roles = (await admin.get('/api/v1/roles')).json().data
    const salesRep = roles.find((r: { key: string }) => r.key === 'sales_rep')
    await admin.request('PUT', `/api/v1/users/${rep.id}/roles`, {
      roleIds: [salesRep.id],
    })
    const browser = await t.signIn(rep.email)
    const own = await browser.request('POST', '/api/v1/accounts', {
      name: 'Rep account',
    })
    const res = await browser.request('POST', '/api/v1/accounts/merges', {
      survivorId: own.json().data.id,
      mergedIds: [ids.merged],
    })
    expect([403, 404]).toContain(res.statusCode)
  })
})
