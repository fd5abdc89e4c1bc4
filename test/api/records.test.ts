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

async function auditCount(browser: Browser, plural: string, id: string) {
  const res = await browser.get(`/api/v1/${plural}/${id}/audit`)
  return res.json().data.length as number
}

describe('accounts', () => {
  it('are created, read, changed, deleted and restored', async () => {
    const created = await admin.request('POST', '/api/v1/accounts', {
      name: 'Globex',
      industry: 'Manufacturing',
      employees: 1200,
      annual_revenue: '98000000.50',
      billing_country: 'United States',
    })
    expect(created.statusCode).toBe(201)
    const account = created.json().data
    expect(account).toMatchObject({
      name: 'Globex',
      employees: 1200,
      annual_revenue: '98000000.50',
      owner_id: t.workspace.adminId,
    })

    const changed = await admin.request(
      'PATCH',
      `/api/v1/accounts/${account.id}`,
      { industry: 'Energy' },
    )
    expect(changed.json().data.industry).toBe('Energy')

    const deleted = await admin.request(
      'DELETE',
      `/api/v1/accounts/${account.id}`,
    )
    expect(deleted.statusCode).toBe(204)
    const list = await admin.get('/api/v1/accounts?q=glob')
    expect(list.json().data).toHaveLength(0)
    const trash = await admin.get('/api/v1/accounts?deleted=only')
    expect(trash.json().data.map((a: { id: string }) => a.id)).toContain(
      account.id,
    )

    const restored = await admin.request(
      'POST',
      `/api/v1/accounts/${account.id}/restore`,
    )
    expect(restored.statusCode).toBe(200)
    expect(restored.json().data.deleted_at).toBeUndefined()
    expect(
      (await admin.get('/api/v1/accounts?q=glob')).json().data,
    ).toHaveLength(1)
  })

  it('refuse invalid fields with problem details and write nothing', async () => {
    const created = await admin.request('POST', '/api/v1/accounts', {
      name: 'Initech',
    })
    const id = created.json().data.id
    const before = await auditCount(admin, 'accounts', id)

    const res = await admin.request('PATCH', `/api/v1/accounts/${id}`, {
      name: 'Initech Global',
      employees: -5,
      website: 'not a url',
    })
    expect(res.statusCode).toBe(422)
    expect(res.headers['content-type']).toContain('application/problem+json')
    const problem = res.json()
    expect(problem.code).toBe('validation_failed')
    const fields = problem.errors.map((e: { field: string }) => e.field)
    expect(fields).toEqual(expect.arrayContaining(['employees', 'website']))

    const after = await admin.get(`/api/v1/accounts/${id}`)
    expect(after.json().data.name).toBe('Initech')
    expect(await auditCount(admin, 'accounts', id)).toBe(before)
  })

  it('refuse a reference to a record that does not exist', async () => {
    const res = await admin.request('POST', '/api/v1/accounts', {
      name: 'Orphan Co',
      parent_account_id: '01900000-0000-7000-8000-000000000000',
    })
    expect(res.statusCode).toBe(422)
    expect(res.json().errors[0].field).toBe('parent_account_id')
    const list = await admin.get('/api/v1/accounts?q=orphan')
    expect(list.json().data).toHaveLength(0)
  })

  it('return only the fields asked for', async () => {
    const res = await admin.get('/api/v1/accounts?fields=name,industry')
    const first = res.json().data[0]
    expect(Object.keys(first).sort()).toEqual(['id', 'industry', 'name'])
  })

  it('reject unknown fields, sorts and filters clearly', async () => {
    const typo = await admin.request('POST', '/api/v1/accounts', {
      name: 'Typo Inc',
      industy: 'Retail',
    })
    expect(typo.statusCode).toBe(422)
    const sort = await admin.get('/api/v1/accounts?sort=password')
    expect(sort.statusCode).toBe(400)
    expect(sort.json().detail).toContain('cannot be sorted by')
    const filter = await admin.get('/api/v1/accounts?filter[nope]=1')
    expect(filter.statusCode).toBe(400)
  })
})

describe('search', () => {
  it('finds a word anywhere in a name, and short text at its start', async () => {
    await admin.request('POST', '/api/v1/accounts', { name: 'Marks Group' })
    const names = async (q: string) =>
      (await admin.get(`/api/v1/accounts?q=${q}`))
        .json()
        .data.map((a: { name: string }) => a.name)
    expect(await names('group')).toEqual(['Marks Group'])
    expect(await names('ROUP')).toEqual(['Marks Group'])
    expect(await names('ma')).toEqual(['Marks Group'])
    expect(await names('gr')).toEqual([])
  })

  it('treats LIKE wildcards as text', async () => {
    await admin.request('POST', '/api/v1/accounts', { name: '100% Juice' })
    const res = await admin.get('/api/v1/accounts?q=0%25%20j')
    expect(res.json().data.map((a: { name: string }) => a.name)).toEqual([
      '100% Juice',
    ])
    // As wildcards, three percent signs would match every account.
    const none = await admin.get('/api/v1/accounts?q=%25%25%25')
    expect(none.json().data).toEqual([])
  })
})

describe('the audit log', () => {
  it('records who changed which field from what to what, and why', async () => {
    const created = await admin.request('POST', '/api/v1/contacts', {
      first_name: 'Grace',
      last_name: 'Hopper',
      email: 'grace@navy.test',
    })
    const id = created.json().data.id
    await admin.request(
      'PATCH',
      `/api/v1/contacts/${id}`,
      { title: 'Rear Admiral' },
      { 'x-reason-code': 'promotion' },
    )
    const audit = (await admin.get(`/api/v1/contacts/${id}/audit`)).json().data
    expect(audit[0]).toMatchObject({
      action: 'update',
      actor: { id: t.workspace.adminId, name: 'Ada Admin' },
      changes: { title: { from: null, to: 'Rear Admiral' } },
      reasonCode: 'promotion',
    })
    expect(audit[1]).toMatchObject({
      action: 'create',
      reasonCode: 'user_edit',
    })
  })
})

describe('activities', () => {
  it('show on the timeline of every record they are linked to', async () => {
    const account = (
      await admin.request('POST', '/api/v1/accounts', { name: 'Umbrella' })
    ).json().data
    const contact = (
      await admin.request('POST', '/api/v1/contacts', { last_name: 'Wesker' })
    ).json().data
    const res = await admin.request('POST', '/api/v1/activities', {
      type: 'call',
      subject: 'Discovery call',
      occurred_at: '2026-11-30T10:00:00Z',
      links: [
        { recordType: 'account', recordId: account.id },
        { recordType: 'contact', recordId: contact.id },
      ],
    })
    expect(res.statusCode).toBe(201)
    for (const [plural, id] of [
      ['accounts', account.id],
      ['contacts', contact.id],
    ]) {
      const timeline = (
        await admin.get(`/api/v1/${plural}/${id}/timeline`)
      ).json()
      expect(timeline.data.map((a: { subject: string }) => a.subject)).toEqual([
        'Discovery call',
      ])
    }
  })

  it('cannot be linked to a record that does not exist', async () => {
    const res = await admin.request('POST', '/api/v1/activities', {
      type: 'note',
      subject: 'Lost note',
      links: [
        {
          recordType: 'account',
          recordId: '01900000-0000-7000-8000-000000000001',
        },
      ],
    })
    expect(res.statusCode).toBe(422)
    const list = await admin.get('/api/v1/activities?q=lost')
    expect(list.json().data).toHaveLength(0)
  })
})
