import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTenant } from '../../src/server/modules/tenants/create-tenant.js'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  PASSWORD,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

let t: TestApp
let admin: Browser

const tier = {
  recordType: 'account',
  name: 'partner_tier',
  label: 'Partner tier',
  type: 'enum',
  options: [
    { value: 'gold', label: 'Gold' },
    { value: 'silver', label: 'Silver' },
  ],
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  for (const field of [
    tier,
    {
      recordType: 'account',
      name: 'renewal_date',
      label: 'Renewal',
      type: 'date',
    },
    { recordType: 'account', name: 'seats', label: 'Seats', type: 'integer' },
    { recordType: 'account', name: 'arr', label: 'ARR', type: 'money' },
  ]) {
    const res = await admin.request('POST', '/api/v1/custom-fields', field)
    expect(res.statusCode).toBe(201)
  }
})
afterAll(() => t.close())

async function create(body: object) {
  return admin.request('POST', '/api/v1/accounts', body)
}

describe('custom fields', () => {
  it('are stored, returned and audited like built-in ones', async () => {
    const res = await create({
      name: 'Tiered Co',
      partner_tier: 'gold',
      renewal_date: '2027-03-31',
      seats: 40,
      arr: '120000.50',
    })
    expect(res.statusCode).toBe(201)
    const account = res.json().data
    expect(account).toMatchObject({
      partner_tier: 'gold',
      renewal_date: '2027-03-31',
      seats: 40,
      arr: '120000.50',
    })
    const changed = await admin.request(
      'PATCH',
      `/api/v1/accounts/${account.id}`,
      {
        seats: 55,
      },
    )
    expect(changed.json().data.seats).toBe(55)
    const audit = (
      await admin.get(`/api/v1/accounts/${account.id}/audit`)
    ).json()
    expect(audit.data[0].changes).toEqual({ seats: { from: 40, to: 55 } })
  })

  it('are validated against their definition, writing nothing when refused', async () => {
    const res = await create({
      name: 'Bad Values Ltd',
      partner_tier: 'platinum',
      seats: 2.5,
      renewal_date: '2027-02-30',
    })
    expect(res.statusCode).toBe(422)
    const fields = res.json().errors.map((e: { field: string }) => e.field)
    expect(fields.sort()).toEqual(['partner_tier', 'renewal_date', 'seats'])
    const list = await admin.get('/api/v1/accounts?q=bad values')
    expect(list.json().data).toHaveLength(0)
  })

  it('filter and sort lists, paging through ties', async () => {
    for (const [name, seats] of [
      ['Seat A', 5],
      ['Seat B', 5],
      ['Seat C', 9],
    ] as const) {
      await create({ name, seats, partner_tier: 'silver' })
    }
    const silver = await admin.get(
      '/api/v1/accounts?filter[partner_tier]=silver&sort=-seats&limit=1',
    )
    const first = silver.json()
    expect(first.data[0]).toMatchObject({ name: 'Seat C', seats: 9 })
    const names = [first.data[0].name]
    let cursor = first.page.nextCursor
    while (cursor) {
      const page = (
        await admin.get(
          `/api/v1/accounts?filter[partner_tier]=silver&sort=-seats&limit=1&cursor=${cursor}`,
        )
      ).json()
      names.push(...page.data.map((a: { name: string }) => a.name))
      cursor = page.page.nextCursor
    }
    expect(names.sort()).toEqual(['Seat A', 'Seat B', 'Seat C'])
    const many = await admin.get('/api/v1/accounts?filter[seats][gte]=9')
    expect(many.json().data.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(['Seat C', 'Tiered Co']),
    )
  })

  it('appear in the metadata the web app draws forms from', async () => {
    const types = (await admin.get('/api/v1/meta/record-types')).json().data
    const account = types.find((x: { name: string }) => x.name === 'account')
    const field = account.fields.find(
      (f: { name: string }) => f.name === 'partner_tier',
    )
    expect(field).toMatchObject({
      type: 'enum',
      custom: true,
      filterable: true,
    })
  })

  it('cannot reuse a built-in name, and only admins define them', async () => {
    const clash = await admin.request('POST', '/api/v1/custom-fields', {
      ...tier,
      name: 'industry',
    })
    expect(clash.statusCode).toBe(422)
    const user = await createUser(t.database.db, t.workspace.tenantId)
    const member = await t.signIn(user.email)
    const denied = await member.request('POST', '/api/v1/custom-fields', {
      ...tier,
      name: 'region_code',
    })
    expect(denied.statusCode).toBe(403)
  })

  it('stay inside their workspace', async () => {
    await createTenant(t.database.db, {
      slug: 'other',
      name: 'Other',
      admin: { email: 'admin@other.test', name: 'Olga', password: PASSWORD },
    })
    const other = await t.signIn('admin@other.test', PASSWORD, 'other')
    const types = (await other.get('/api/v1/meta/record-types')).json().data
    const account = types.find((x: { name: string }) => x.name === 'account')
    expect(account.fields.some((f: { custom?: boolean }) => f.custom)).toBe(
      false,
    )
    const res = await other.request('POST', '/api/v1/accounts', {
      name: 'No tiers here',
      partner_tier: 'gold',
    })
    expect(res.statusCode).toBe(422)
  })

  it('leave the API when retired, keeping their history', async () => {
    const list = (await admin.get('/api/v1/custom-fields')).json().data
    const seats = list.find((f: { name: string }) => f.name === 'seats')
    const res = await admin.request(
      'DELETE',
      `/api/v1/custom-fields/${seats.id}`,
    )
    expect(res.statusCode).toBe(204)
    const account = (await admin.get('/api/v1/accounts?q=tiered')).json()
      .data[0]
    expect(account).not.toHaveProperty('seats')
    const audit = (
      await admin.get(`/api/v1/accounts/${account.id}/audit`)
    ).json()
    expect(audit.data[0].changes.seats).toEqual({ from: 40, to: 55 })
  })
})

describe('multiple-choice custom fields', () => {
  it('store a set of options, filterable by what they contain', async () => {
    const defined = await admin.request('POST', '/api/v1/custom-fields', {
      recordType: 'opportunity',
      name: 'components',
      label: 'Components',
      type: 'multiselect',
      options: [
        { value: 'api', label: 'API' },
        { value: 'sso', label: 'SSO' },
        { value: 'audit', label: 'Audit log' },
      ],
    })
    expect(defined.statusCode).toBe(201)
    const deal = async (name: string, components: unknown) =>
      admin.request('POST', '/api/v1/opportunities', { name, components })

    const both = await deal('Both deal', ['sso', 'api'])
    expect(both.json().data.components).toEqual(['api', 'sso'])
    await deal('Audit deal', ['audit'])
    const none = await deal('Plain deal', [])
    expect(none.json().data.components).toBeNull()
    expect((await deal('Bad deal', ['api', 'fax'])).statusCode).toBe(422)

    const names = async (query: string) =>
      (await admin.get(`/api/v1/opportunities?${query}&sort=name`))
        .json()
        .data.map((d: { name: string }) => d.name)
    expect(await names('filter[components]=sso')).toEqual(['Both deal'])
    expect(await names('filter[components][in]=sso,audit')).toEqual([
      'Audit deal',
      'Both deal',
    ])
    expect(await names('filter[components][null]=true&q=plain')).toEqual([
      'Plain deal',
    ])
    const sort = await admin.get('/api/v1/opportunities?sort=components')
    expect(sort.statusCode).toBe(400)
  })
})
