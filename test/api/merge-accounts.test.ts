import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

// Two accounts with a primary contact each merge: the survivor keeps one
// primary contact, a contact's custom reference to the merged account
// follows it, and the undo puts both back.
let t: TestApp
let admin: Browser
const ids: Record<string, string> = {}

async function create(path: string, body: object) {
  const res = await admin.request('POST', path, body)
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data.id as string
}

async function rows() {
  const tenant = t.workspace.tenantId
  const links = await sql`SELECT id, account_id, contact_id, is_primary
    FROM account_contact WHERE tenant_id = ${tenant} ORDER BY id`.execute(
    t.database.db,
  )
  const contacts = await sql`SELECT id, custom FROM contact
    WHERE tenant_id = ${tenant} ORDER BY id`.execute(t.database.db)
  const index = await sql`SELECT record_id, text_value FROM custom_value_index
    WHERE tenant_id = ${tenant} AND field = 'billing_account_id'
    ORDER BY 1`.execute(t.database.db)
  return { links: links.rows, contacts: contacts.rows, index: index.rows }
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  await create('/api/v1/custom-fields', {
    recordType: 'contact',
    name: 'billing_account_id',
    label: 'Billing account',
    type: 'ref',
    ref: 'account',
    indexed: true,
  })
  ids.survivor = await create('/api/v1/accounts', { name: 'Umbrella' })
  ids.merged = await create('/api/v1/accounts', { name: 'Umbrella Corp' })
  ids.alice = await create('/api/v1/contacts', {
    last_name: 'Alice',
    billing_account_id: ids.merged,
  })
  ids.bob = await create('/api/v1/contacts', { last_name: 'Bob' })
  ids.aliceLink = await create('/api/v1/account-contacts', {
    account_id: ids.survivor,
    contact_id: ids.alice,
    is_primary: true,
  })
  ids.bobLink = await create('/api/v1/account-contacts', {
    account_id: ids.merged,
    contact_id: ids.bob,
    is_primary: true,
  })
})
afterAll(() => t.close())

describe('merging accounts with a primary contact each', () => {
  it('keeps the survivor’s primary contact and moves references', async () => {
    const before = await rows()
    const res = await admin.request('POST', '/api/v1/accounts/merges', {
      survivorId: ids.survivor,
      mergedIds: [ids.merged],
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json().data.moved).toMatchObject({
      account_contact: 1,
      'account_contact.is_primary': 1,
      'custom:contact.billing_account_id': 1,
    })

    const after = await rows()
    const link = (id: string) =>
      after.links.find((l) => (l as { id: string }).id === id)
    expect(link(ids.aliceLink)).toMatchObject({ is_primary: true })
    expect(link(ids.bobLink)).toMatchObject({
      account_id: ids.survivor,
      is_primary: false,
    })
    const billed = await admin.get(
      `/api/v1/contacts?filter[billing_account_id]=${ids.survivor}`,
    )
    expect(billed.json().data.map((c: { id: string }) => c.id)).toEqual([
      ids.alice,
    ])

    const undo = await admin.request(
      'POST',
      `/api/v1/accounts/merges/${res.json().data.id}/undo`,
    )
    expect(undo.statusCode, undo.body).toBe(200)
    expect(await rows()).toEqual(before)
  })

  it('refuses an undo once the survivor is deleted, writing nothing', async () => {
    const res = await admin.request('POST', '/api/v1/accounts/merges', {
      survivorId: ids.survivor,
      mergedIds: [ids.merged],
    })
    expect(res.statusCode, res.body).toBe(201)
    const gone = await admin.request(
      'DELETE',
      `/api/v1/accounts/${ids.survivor}`,
    )
    expect(gone.statusCode, gone.body).toBe(204)
    const before = await rows()
    const undo = await admin.request(
      'POST',
      `/api/v1/accounts/merges/${res.json().data.id}/undo`,
    )
    expect(undo.statusCode, undo.body).toBe(409)
    expect(undo.json().detail).toMatch(/deleted since; restore it first/)
    expect(await rows()).toEqual(before)
  })
})
