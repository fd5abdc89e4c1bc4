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
let rep: Browser
let deal: { id: string }

const components = [
  { value: 'api', label: 'API' },
  { value: 'sso', label: 'SSO' },
  { value: 'audit', label: 'Audit' },
]

async function define(path: string, body: object) {
  const res = await admin.request('POST', path, body)
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  const user = await createUser(t.database.db, t.workspace.tenantId)
  rep = await t.signIn(user.email)
  await define('/api/v1/custom-objects', {
    name: 'configuration',
    label: 'Configuration',
    labelPlural: 'Configurations',
  })
  const field = (body: object) =>
    define('/api/v1/custom-fields', { recordType: 'configuration', ...body })
  await field({
    name: 'components',
    label: 'Components',
    type: 'multiselect',
    options: components,
    indexed: true,
  })
  await field({ name: 'price', label: 'Price', type: 'money', min: 0 })
  await field({
    name: 'opportunity_id',
    label: 'Opportunity',
    type: 'ref',
    ref: 'opportunity',
  })
  await field({
    name: 'code',
    label: 'Code',
    type: 'text',
    unique: true,
    pattern: '^[A-Z]{2}-\\d+$',
  })
  await field({
    name: 'seats',
    label: 'Seats',
    type: 'integer',
    defaultValue: 10,
    indexed: true,
  })
  await define('/api/v1/custom-fields', {
    recordType: 'opportunity',
    name: 'configuration_total',
    label: 'Configuration total',
    type: 'rollup',
    rollup: {
      object: 'configuration',
      via: 'opportunity_id',
      fn: 'sum',
      field: 'price',
    },
  })
  deal = (
    await rep.request('POST', '/api/v1/opportunities', { name: 'Big deal' })
  ).json().data
})
afterAll(() => t.close())

async function configure(body: object) {
  return rep.request('POST', '/api/v1/configurations', body)
}

describe('custom objects', () => {
  it('are served at once, with records like built-in ones', async () => {
    const res = await configure({
      name: 'Starter',
      components: ['sso', 'api'],
      price: '1200.50',
      opportunity_id: deal.id,
      code: 'AB-1',
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json().data).toMatchObject({
      name: 'Starter',
      components: ['api', 'sso'],
      price: '1200.50',
      opportunity_id: deal.id,
      seats: 10,
    })
    const id = res.json().data.id
    const got = await rep.get(
      `/api/v1/configurations/${id}?include=opportunity`,
    )
    expect(got.json().data.opportunity).toEqual({
      id: deal.id,
      name: 'Big deal',
    })
    const types = (await rep.get('/api/v1/meta/record-types')).json().data
    const meta = types.find((x: { name: string }) => x.name === 'configuration')
    expect(meta).toMatchObject({ plural: 'configurations', customObject: true })
    expect(meta.fields.map((f: { name: string }) => f.name)).toContain('price')
  })

  it('validate values, references, uniqueness and patterns', async () => {
    const bad = [
      { name: 'X', price: '-1' },
      { name: 'X', components: ['nope'] },
      { name: 'X', opportunity_id: '00000000-0000-7000-8000-000000000000' },
      { name: 'X', code: 'lower-1' },
      { name: 'X', code: 'AB-1' },
      { price: '5' },
    ]
    for (const body of bad) {
      const res = await configure(body)
      expect(res.statusCode, JSON.stringify(body)).toBe(422)
    }
    const list = await rep.get('/api/v1/configurations')
    expect(list.json().data).toHaveLength(1)
  })

  it('roll up onto the records they point at', async () => {
    await configure({
      name: 'Plus',
      components: ['audit'],
      price: '99.50',
      opportunity_id: deal.id,
      seats: 25,
    })
    const other = await configure({ name: 'Loose', price: '1000.00' })
    const got = await rep.get(`/api/v1/opportunities/${deal.id}`)
    expect(got.json().data.configuration_total).toBe('1300.00')
    const filtered = await rep.get(
      '/api/v1/opportunities?filter[configuration_total][gte]=1300',
    )
    expect(filtered.json().data.map((d: { id: string }) => d.id)).toEqual([
      deal.id,
    ])
    await rep.request(
      'DELETE',
      `/api/v1/configurations/${other.json().data.id}`,
    )
    const plusId = (
      await rep.get('/api/v1/configurations?filter[name]=Plus')
    ).json().data[0].id
    await rep.request('DELETE', `/api/v1/configurations/${plusId}`)
    const after = await rep.get(`/api/v1/opportunities/${deal.id}`)
    expect(after.json().data.configuration_total).toBe('1200.50')
    await rep.request('POST', `/api/v1/configurations/${plusId}/restore`)
  })

  it('filter on indexed fields through the value index', async () => {
    const names = async (query: string) =>
      (await rep.get(`/api/v1/configurations?${query}&sort=name`))
        .json()
        .data.map((r: { name: string }) => r.name)
    expect(await names('filter[components]=sso')).toEqual(['Starter'])
    expect(await names('filter[components][in]=audit,sso')).toEqual([
      'Plus',
      'Starter',
    ])
    expect(await names('filter[seats][gt]=10')).toEqual(['Plus'])
    expect(await names('filter[seats]=10')).toEqual(['Starter'])
    const id = (
      await rep.get('/api/v1/configurations?filter[name]=Plus')
    ).json().data[0].id
    await rep.request('PATCH', `/api/v1/configurations/${id}`, {
      components: ['sso'],
      seats: 5,
    })
    expect(await names('filter[components]=sso')).toEqual(['Plus', 'Starter'])
    expect(await names('filter[components]=audit')).toEqual([])
    expect(await names('filter[seats][lt]=10')).toEqual(['Plus'])
    expect(await names('q=sta')).toEqual(['Starter'])
    expect(await names('q=ab-1')).toEqual(['Starter'])
  })

  it('filter indexed decimals exactly, beyond double precision', async () => {
    await define('/api/v1/custom-fields', {
      recordType: 'configuration',
      name: 'list_value',
      label: 'List value',
      type: 'decimal',
      indexed: true,
    })
    for (const [name, value] of [
      ['Low', '1234567890123456.01'],
      ['High', '1234567890123456.02'],
    ]) {
      expect((await configure({ name, list_value: value })).statusCode).toBe(
        201,
      )
    }
    const names = async (query: string) =>
      (await rep.get(`/api/v1/configurations?${query}&sort=name`))
        .json()
        .data.map((r: { name: string }) => r.name)
    const v = '1234567890123456.01'
    expect(await names(`filter[list_value]=${v}`)).toEqual(['Low'])
    expect(await names(`filter[list_value][gt]=${v}`)).toEqual(['High'])
    expect(await names(`filter[list_value][lte]=${v}`)).toEqual(['Low'])
    expect(await names(`filter[list_value][gte]=${v}`)).toEqual(['High', 'Low'])
  })

  it('have timelines and history', async () => {
    const id = (
      await rep.get('/api/v1/configurations?filter[name]=Starter')
    ).json().data[0].id
    const note = await rep.request('POST', '/api/v1/activities', {
      type: 'note',
      subject: 'Customer wants SSO',
      links: [{ recordType: 'configuration', recordId: id }],
    })
    expect(note.statusCode, note.body).toBe(201)
    const timeline = (
      await rep.get(`/api/v1/configurations/${id}/timeline`)
    ).json()
    expect(timeline.data.map((a: { subject: string }) => a.subject)).toEqual([
      'Customer wants SSO',
    ])
    const audit = (await rep.get(`/api/v1/configurations/${id}/audit`)).json()
    expect(audit.data.at(-1).action).toBe('create')
    const wrong = await rep.request('POST', '/api/v1/activities', {
      type: 'note',
      subject: 'Nowhere',
      links: [{ recordType: 'widget', recordId: id }],
    })
    expect(wrong.statusCode).toBe(422)
  })

  it("appear in the workspace's OpenAPI document", async () => {
    const res = await rep.get('/api/v1/openapi.json')
    expect(res.statusCode).toBe(200)
    const doc = res.json()
    const list = doc.paths['/api/v1/configurations']
    expect(list.post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/configuration_create',
    })
    expect(doc.paths['/api/v1/configurations/{id}'].patch).toBeDefined()
    const record = doc.components.schemas.configuration_record
    expect(Object.keys(record.properties)).toEqual(
      expect.arrayContaining(['name', 'components', 'price', 'opportunity_id']),
    )
    const create = doc.components.schemas.configuration_create
    expect(create.required).toEqual(['name'])
    expect(create.properties.components.anyOf[0].items.enum).toEqual([
      'api',
      'sso',
      'audit',
    ])
    const deal = doc.components.schemas.opportunity_record
    expect(deal.properties).toHaveProperty('configuration_total')
    expect(
      doc.components.schemas.opportunity_create.properties,
    ).not.toHaveProperty('configuration_total')
    const params = list.get.parameters.map((p: { name: string }) => p.name)
    expect(params).not.toContain('objects')
  })

  it('refuse names Rapport uses and names used before', async () => {
    for (const name of ['account', 'users', 'configuration']) {
      const res = await admin.request('POST', '/api/v1/custom-objects', {
        name,
        label: 'X',
        labelPlural: 'Xs',
      })
      expect(res.statusCode, name).toBeGreaterThanOrEqual(409)
    }
    const member = await rep.request('POST', '/api/v1/custom-objects', {
      name: 'widget',
      label: 'Widget',
      labelPlural: 'Widgets',
    })
    expect(member.statusCode).toBe(403)
    const missing = await rep.get('/api/v1/widgets')
    expect(missing.statusCode).toBe(404)
  })

  it('stay inside their workspace', async () => {
    await createTenant(t.database.db, {
      slug: 'other',
      name: 'Other',
      admin: { email: 'admin@other.test', name: 'Olga', password: PASSWORD },
    })
    const other = await t.signIn('admin@other.test', PASSWORD, 'other')
    expect((await other.get('/api/v1/configurations')).statusCode).toBe(404)
    const types = (await other.get('/api/v1/meta/record-types')).json().data
    expect(
      types.some((x: { name: string }) => x.name === 'configuration'),
    ).toBe(false)
  })

  it('leave the API when retired; their records stay', async () => {
    const list = (await admin.get('/api/v1/custom-objects')).json().data
    const res = await admin.request(
      'DELETE',
      `/api/v1/custom-objects/${list[0].id}`,
    )
    expect(res.statusCode).toBe(204)
    expect((await rep.get('/api/v1/configurations')).statusCode).toBe(404)
  })
})
