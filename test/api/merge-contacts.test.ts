import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

// Three contacts merge into one: the survivor takes the chosen values,
// everything that pointed at the other two (timeline, account links,
// shares, custom references on deals and campaigns, "not a duplicate"
// decisions) points at it, the two are kept deleted with a pointer, and
// undoing the merge puts every row back as it was.
let t: TestApp
let admin: Browser
const ids: Record<string, string> = {}

async function create(path: string, body: object) {
  const res = await admin.request('POST', path, body)
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data.id as string
}

const contactIds = () => [ids.survivor, ids.second, ids.third]

/** Every row a contact merge may touch, as stored, without timestamps. */
async function snapshot() {
  const db = t.database.db
  const tenant = t.workspace.tenantId
  const q = async (query: ReturnType<typeof sql>) =>
    (await query.execute(db)).rows
  return {
    contacts: await q(sql`SELECT id, first_name, last_name, email, phone,
        title, custom, deleted_at IS NOT NULL AS deleted, merged_into_id
      FROM contact WHERE tenant_id = ${tenant} ORDER BY id`),
    links: await q(sql`SELECT id, account_id, contact_id, is_primary,
        deleted_at IS NOT NULL AS deleted
      FROM account_contact WHERE tenant_id = ${tenant} ORDER BY id`),
    timeline: await q(sql`SELECT activity_id, record_type, record_id
      FROM activity_link WHERE tenant_id = ${tenant}
      ORDER BY activity_id, record_type, record_id`),
    shares: await q(sql`SELECT id, record_type, record_id, user_id, access
      FROM record_share WHERE tenant_id = ${tenant} ORDER BY id`),
    custom: await q(sql`SELECT id, custom FROM custom_record
      WHERE tenant_id = ${tenant} ORDER BY id`),
    deals: await q(sql`SELECT id, custom FROM opportunity
      WHERE tenant_id = ${tenant} ORDER BY id`),
    index: await q(sql`SELECT record_type, field, record_id, text_value
      FROM custom_value_index WHERE tenant_id = ${tenant}
      ORDER BY 1, 2, 3, 4`),
    leads: await q(sql`SELECT id, converted_contact_id FROM lead
      WHERE tenant_id = ${tenant} ORDER BY id`),
    dismissals: await q(sql`SELECT record_id, other_id
      FROM duplicate_dismissal WHERE tenant_id = ${tenant} ORDER BY 1, 2`),
  }
}

async function auditCount() {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM audit_log`.execute(t.database.db)
  return Number(rows[0].n)
}

async function asRep() {
  const rep = await createUser(t.database.db, t.workspace.tenantId)
  const roles = (await admin.get('/api/v1/roles')).json().data
  const salesRep = roles.find((r: { key: string }) => r.key === 'sales_rep')
  await admin.request('PUT', `/api/v1/users/${rep.id}/roles`, {
    roleIds: [salesRep.id],
  })
  return { rep, browser: await t.signIn(rep.email) }
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  ids.partner = (
    await createUser(t.database.db, t.workspace.tenantId, { name: 'Pia' })
  ).id
  await create('/api/v1/custom-objects', {
    name: 'campaign',
    label: 'Campaign',
    labelPlural: 'Campaigns',
  })
  await create('/api/v1/custom-fields', {
    recordType: 'campaign',
    name: 'contact_ids',
    label: 'Contacts',
    type: 'refs',
    ref: 'contact',
    indexed: true,
  })
  await create('/api/v1/custom-fields', {
    recordType: 'opportunity',
    name: 'champion_id',
    label: 'Champion',
    type: 'ref',
    ref: 'contact',
    indexed: true,
  })

  ids.survivor = await create('/api/v1/contacts', {
    first_name: 'Ana',
    last_name: 'Ruiz',
    email: 'ana@initech.example',
  })
  ids.second = await create('/api/v1/contacts', {
    first_name: 'Ana María',
    last_name: 'Ruiz',
    phone: '+34 912 345 678',
  })
  ids.third = await create('/api/v1/contacts', {
    last_name: 'Ruiz',
    title: 'Head of Purchasing',
  })
  ids.other = await create('/api/v1/contacts', { last_name: 'Other' })

  ids.initech = await create('/api/v1/accounts', { name: 'Initech' })
  ids.hooli = await create('/api/v1/accounts', { name: 'Hooli' })
  // Both the survivor and the second are at Initech; the second is its
  // primary contact, which the survivor becomes.
  await create('/api/v1/account-contacts', {
    account_id: ids.initech,
    contact_id: ids.survivor,
  })
  await create('/api/v1/account-contacts', {
    account_id: ids.initech,
    contact_id: ids.second,
    is_primary: true,
  })
  await create('/api/v1/account-contacts', {
    account_id: ids.hooli,
    contact_id: ids.third,
  })

  await create('/api/v1/activities', {
    type: 'call',
    subject: 'Call with the second',
    links: [{ recordType: 'contact', recordId: ids.second }],
  })
  await create('/api/v1/activities', {
    type: 'note',
    subject: 'Note on the survivor and the third',
    links: [
      { recordType: 'contact', recordId: ids.survivor },
      { recordType: 'contact', recordId: ids.third },
    ],
  })
  const share = await admin.request(
    'POST',
    `/api/v1/contacts/${ids.third}/shares`,
    { userId: ids.partner, access: 'read' },
  )
  expect(share.statusCode, share.body).toBe(201)

  ids.campaign = await create('/api/v1/campaigns', {
    name: 'Spring',
    contact_ids: [ids.second, ids.survivor, ids.third],
  })
  ids.deal = await create('/api/v1/opportunities', {
    name: 'Initech renewal',
    account_id: ids.initech,
    champion_id: ids.third,
  })
  ids.lead = await create('/api/v1/leads', {
    last_name: 'Ruiz',
    company: 'Initech',
  })
  const converted = await admin.request(
    'POST',
    `/api/v1/leads/${ids.lead}/convert`,
    {
      account: { action: 'skip' },
      contact: { action: 'link', id: ids.third },
    },
  )
  expect(converted.statusCode, converted.body).toBeLessThan(300)
  const dismissed = await admin.request(
    'PUT',
    `/api/v1/contacts/${ids.second}/duplicates/${ids.other}/dismissal`,
  )
  expect(dismissed.statusCode, dismissed.body).toBe(204)
})
afterAll(() => t.close())

describe('merging three contacts', () => {
  let before: Awaited<ReturnType<typeof snapshot>>
  let mergeId: string
  const body = () => ({
    survivorId: ids.survivor,
    mergedIds: [ids.second, ids.third],
    values: {
      first_name: ids.second,
      phone: ids.second,
      title: ids.third,
      email: { value: 'ana.ruiz@initech.example' },
    },
  })

  it('previews each value and what would move, writing nothing', async () => {
    before = await snapshot()
    const audits = await auditCount()
    const res = await admin.request('POST', '/api/v1/contacts/merges/preview', {
      survivorId: ids.survivor,
      mergedIds: [ids.second, ids.third],
    })
    expect(res.statusCode, res.body).toBe(200)
    const preview = res.json().data
    expect(preview.refusal).toBeNull()
    expect(preview.records.map((r: { id: string }) => r.id)).toEqual(
      contactIds(),
    )
    const first = preview.fields.find(
      (f: { name: string }) => f.name === 'first_name',
    )
    expect(first).toMatchObject({
      differs: true,
      values: {
        [ids.survivor]: 'Ana',
        [ids.second]: 'Ana María',
        [ids.third]: null,
      },
    })
    const last = preview.fields.find(
      (f: { name: string }) => f.name === 'last_name',
    )
    expect(last.differs).toBe(false)
    const moves = Object.fromEntries(
      preview.moves.map((m: { name: string; count: number }) => [
        m.name,
        m.count,
      ]),
    )
    // The note the survivor shares with the third stays on its timeline
    // once: only the call moves.
    expect(moves).toMatchObject({
      activity_link: 1,
      account_contact: 1,
      record_share: 1,
      'custom:campaign.contact_ids': 2,
      'custom:opportunity.champion_id': 1,
      duplicate_dismissal: 1,
      'account_contact.is_primary': 1,
      'lead.converted_contact_id': 1,
    })
    expect(await snapshot()).toEqual(before)
    expect(await auditCount()).toBe(audits)
  })

  it('refuses, writing nothing, a merge beyond the actor’s reach', async () => {
    const { rep, browser } = await asRep()
    const own = await browser.request('POST', '/api/v1/contacts', {
      last_name: 'Rep contact',
    })
    expect(own.statusCode, own.body).toBe(201)
    const ownId = own.json().data.id
    // Seen through a share, but not theirs to delete.
    const shared = await admin.request(
      'POST',
      `/api/v1/contacts/${ids.other}/shares`,
      { userId: rep.id, access: 'read' },
    )
    expect(shared.statusCode, shared.body).toBe(201)
    const rows = await snapshot()
    const audits = await auditCount()

    // Unseen records answer as if they did not exist.
    const unseen = await browser.request('POST', '/api/v1/contacts/merges', {
      survivorId: ownId,
      mergedIds: [ids.second],
    })
    expect(unseen.statusCode, unseen.body).toBe(404)
    const res = await browser.request('POST', '/api/v1/contacts/merges', {
      survivorId: ownId,
      mergedIds: [ids.other],
    })
    expect(res.statusCode, res.body).toBe(403)
    const preview = await browser.request(
      'POST',
      '/api/v1/contacts/merges/preview',
      { survivorId: ownId, mergedIds: [ids.other] },
    )
    expect(preview.statusCode, preview.body).toBe(200)
    expect(preview.json().data.refusal.status).toBe(403)
    expect(await snapshot()).toEqual(rows)
    expect(await auditCount()).toBe(audits)
    await admin.request(
      'DELETE',
      `/api/v1/contacts/${ids.other}/shares/${shared.json().data.id}`,
    )
  })

  it('keeps the chosen values and moves everything to the survivor', async () => {
    before = await snapshot()
    const res = await admin.request('POST', '/api/v1/contacts/merges', body())
    expect(res.statusCode, res.body).toBe(201)
    const merge = res.json().data
    mergeId = merge.id
    expect(merge.record).toMatchObject({
      first_name: 'Ana María',
      last_name: 'Ruiz',
      phone: '+34 912 345 678',
      title: 'Head of Purchasing',
      email: 'ana.ruiz@initech.example',
    })

    const after = await snapshot()
    const contact = (id: string) =>
      after.contacts.find((c) => (c as { id: string }).id === id)
    for (const id of [ids.second, ids.third]) {
      expect(contact(id)).toMatchObject({
        deleted: true,
        merged_into_id: ids.survivor,
      })
    }
    expect(contact(ids.survivor)).toMatchObject({ deleted: false })

    const timeline = await admin.get(
      `/api/v1/contacts/${ids.survivor}/timeline`,
    )
    const subjects = timeline
      .json()
      .data.map((a: { subject: string }) => a.subject)
      .sort()
    expect(subjects).toEqual([
      'Call with the second',
      'Note on the survivor and the third',
    ])
    const initech = after.links.filter(
      (l) =>
        (l as { account_id: string }).account_id === ids.initech &&
        (l as { contact_id: string }).contact_id === ids.survivor,
    )
    expect(initech).toEqual([expect.objectContaining({ is_primary: true })])
    const hooli = await admin.get(
      `/api/v1/contacts?filter[account_id]=${ids.hooli}`,
    )
    expect(hooli.json().data.map((c: { id: string }) => c.id)).toEqual([
      ids.survivor,
    ])
    const shares = await admin.get(`/api/v1/contacts/${ids.survivor}/shares`)
    expect(shares.json().data).toHaveLength(1)

    const campaign = await admin.get(`/api/v1/campaigns/${ids.campaign}`)
    expect(campaign.json().data.contact_ids).toEqual([ids.survivor])
    const championed = await admin.get(
      `/api/v1/opportunities?filter[champion_id]=${ids.survivor}`,
    )
    expect(championed.json().data.map((d: { id: string }) => d.id)).toEqual([
      ids.deal,
    ])
    expect(after.leads).toEqual([
      { id: ids.lead, converted_contact_id: ids.survivor },
    ])
    expect(after.dismissals).toEqual([
      ids.survivor < ids.other
        ? { record_id: ids.survivor, other_id: ids.other }
        : { record_id: ids.other, other_id: ids.survivor },
    ])
  })

  it('is audited on the survivor, each merged contact and what moved', async () => {
    const reasons = async (path: string) =>
      (await admin.get(`${path}/audit`))
        .json()
        .data.map((e: { action: string; reasonCode: string }) =>
          [e.action, e.reasonCode].join(':'),
        )
    expect(await reasons(`/api/v1/contacts/${ids.survivor}`)).toContain(
      'update:merged',
    )
    const survivor = await admin.get(`/api/v1/contacts/${ids.survivor}/audit`)
    const lineage = survivor
      .json()
      .data.find(
        (e: { changes: Record<string, unknown> }) => 'merged_ids' in e.changes,
      )
    expect(lineage.changes.merged_ids).toEqual({
      from: [],
      to: [ids.second, ids.third],
    })
    for (const id of [ids.second, ids.third]) {
      expect(await reasons(`/api/v1/contacts/${id}`)).toContain(
        'delete:merged_into',
      )
    }
    expect(await reasons(`/api/v1/opportunities/${ids.deal}`)).toContain(
      'update:merged',
    )
    const merges = await admin.get(`/api/v1/contacts/${ids.third}/merges`)
    expect(merges.json().data[0]).toMatchObject({
      id: mergeId,
      survivorId: ids.survivor,
      mergedIds: [ids.second, ids.third],
      undoneAt: null,
    })
  })

  it('is undone exactly: every row is as it was before the merge', async () => {
    const res = await admin.request(
      'POST',
      `/api/v1/contacts/merges/${mergeId}/undo`,
    )
    expect(res.statusCode, res.body).toBe(200)
    expect(await snapshot()).toEqual(before)
    const again = await admin.request(
      'POST',
      `/api/v1/contacts/merges/${mergeId}/undo`,
    )
    expect(again.statusCode).toBe(409)
  })

  it('refuses an undo once the survivor was merged on', async () => {
    const first = await admin.request('POST', '/api/v1/contacts/merges', {
      survivorId: ids.survivor,
      mergedIds: [ids.second],
    })
    expect(first.statusCode, first.body).toBe(201)
    const second = await admin.request('POST', '/api/v1/contacts/merges', {
      survivorId: ids.other,
      mergedIds: [ids.survivor],
    })
    expect(second.statusCode, second.body).toBe(201)
    const audits = await auditCount()
    const undo = await admin.request(
      'POST',
      `/api/v1/contacts/merges/${first.json().data.id}/undo`,
    )
    expect(undo.statusCode, undo.body).toBe(409)
    expect(undo.json().detail).toMatch(/later merge/)
    expect(await auditCount()).toBe(audits)
    const last = await admin.request(
      'POST',
      `/api/v1/contacts/merges/${second.json().data.id}/undo`,
    )
    expect(last.statusCode, last.body).toBe(200)
    const then = await admin.request(
      'POST',
      `/api/v1/contacts/merges/${first.json().data.id}/undo`,
    )
    expect(then.statusCode, then.body).toBe(200)
    expect(await snapshot()).toEqual(before)
  })
})
