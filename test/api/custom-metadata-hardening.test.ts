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

async function post(path: string, body: object, who = admin) {
  return who.request('POST', path, body)
}

async function object(name: string, label = name) {
  const res = await post('/api/v1/custom-objects', {
    name,
    label,
    labelPlural: `${label}s`,
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data
}

async function field(recordType: string, body: object) {
  const res = await post('/api/v1/custom-fields', { recordType, ...body })
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  const user = await createUser(t.database.db, t.workspace.tenantId)
  rep = await t.signIn(user.email)
  await object('gadget')
})
afterAll(() => t.close())

describe('custom metadata under attack', () => {
  it('matches admin patterns in linear time', async () => {
    await field('gadget', {
      name: 'slug',
      label: 'Slug',
      type: 'text',
      pattern: '^(a+)+$',
    })
    const evil = `${'a'.repeat(5000)}!`
    const res = await post('/api/v1/gadgets', { name: 'g', slug: evil }, rep)
    expect(res.statusCode).toBe(422)
    const filter = await rep.get(`/api/v1/gadgets?filter[slug]=${evil}`)
    expect(filter.statusCode).toBe(422)
    const lookaround = await post('/api/v1/custom-fields', {
      recordType: 'gadget',
      name: 'code',
      label: 'Code',
      type: 'text',
      pattern: '(?=a)a',
    })
    expect(lookaround.statusCode).toBe(422)
  })

  it('refuses time-zone offsets PostgreSQL cannot store', async () => {
    await field('gadget', { name: 'at', label: 'At', type: 'datetime' })
    const bad = '2026-01-01T00:00:00+23:59'
    const res = await post('/api/v1/gadgets', { name: 'g', at: bad }, rep)
    expect(res.statusCode).toBe(422)
    const filter = await rep.get(
      `/api/v1/activities?filter[due_at][gt]=${encodeURIComponent(bad)}`,
    )
    expect(filter.statusCode).toBe(422)
  })

  it('refuses formulas that nest too deeply or expand too far', async () => {
    await field('gadget', { name: 'n', label: 'N', type: 'integer' })
    const deep = await post('/api/v1/custom-fields', {
      recordType: 'gadget',
      name: 'deep',
      label: 'Deep',
      type: 'formula',
      formula: { expression: `${'-'.repeat(500)}n` },
    })
    expect(deep.statusCode).toBe(422)
    const ten = (x: string) => Array(10).fill(x).join(' + ')
    await field('gadget', {
      name: 'f1',
      label: 'F1',
      type: 'formula',
      formula: { expression: ten('n') },
    })
    await field('gadget', {
      name: 'f2',
      label: 'F2',
      type: 'formula',
      formula: { expression: ten('f1') },
    })
    const f3 = await post('/api/v1/custom-fields', {
      recordType: 'gadget',
      name: 'f3',
      label: 'F3',
      type: 'formula',
      formula: { expression: ten('f2') },
    })
    expect(f3.statusCode).toBe(422)
    expect(f3.json().errors[0].message).toContain('too large')
    const made = await post('/api/v1/gadgets', { name: 'sum', n: 2 }, rep)
    expect(made.json().data).toMatchObject({ f1: '20', f2: '200' })
  })

  it('treats a custom object named like a JavaScript built-in as any other', async () => {
    await object('constructor', 'Builder')
    await field('opportunity', {
      name: 'builder_id',
      label: 'Builder',
      type: 'ref',
      ref: 'constructor',
    })
    const builder = await post('/api/v1/constructors', { name: 'B' }, rep)
    expect(builder.statusCode).toBe(201)
    const deal = await post('/api/v1/opportunities', {
      name: 'D',
      builder_id: builder.json().data.id,
    })
    expect(deal.statusCode, deal.body).toBe(201)
    const note = await post('/api/v1/activities', {
      type: 'note',
      subject: 'x',
      links: [{ recordType: 'constructor', recordId: builder.json().data.id }],
    })
    expect(note.statusCode, note.body).toBe(201)
  })

  it('keeps labels as data in the OpenAPI document', async () => {
    await object('quoted', 'The "best" $& thing')
    const res = await rep.get('/api/v1/openapi.json')
    expect(res.statusCode).toBe(200)
    const one = res.json().paths['/api/v1/quoteds/{id}']
    expect(one.get.summary).toBe('Get one the "best" $& thing')
  })

  it('holds unique values when a deleted record is restored', async () => {
    await field('gadget', {
      name: 'serial',
      label: 'Serial',
      type: 'text',
      unique: true,
    })
    const first = (
      await post('/api/v1/gadgets', { name: 'u1', serial: 'S' })
    ).json().data.id
    await admin.request('DELETE', `/api/v1/gadgets/${first}`)
    expect(
      (await post('/api/v1/gadgets', { name: 'u2', serial: 'S' })).statusCode,
    ).toBe(201)
    const restore = await post(`/api/v1/gadgets/${first}/restore`, {})
    expect(restore.statusCode).toBe(422)
  })

  it('checks rules on change: bounds, options and what formulas read', async () => {
    const qty = await field('gadget', {
      name: 'qty',
      label: 'Qty',
      type: 'integer',
    })
    const bounds = await admin.request(
      'PATCH',
      `/api/v1/custom-fields/${qty.id}`,
      {
        min: 100,
        max: 5,
      },
    )
    expect(bounds.statusCode).toBe(422)
    const choice = await field('gadget', {
      name: 'size',
      label: 'Size',
      type: 'enum',
      options: [{ value: 's', label: 'S' }],
    })
    const twice = await admin.request(
      'PATCH',
      `/api/v1/custom-fields/${choice.id}`,
      {
        options: [
          { value: 'a', label: 'A' },
          { value: 'a', label: 'A again' },
        ],
      },
    )
    expect(twice.statusCode).toBe(422)
    const comma = await post('/api/v1/custom-fields', {
      recordType: 'gadget',
      name: 'tags',
      label: 'Tags',
      type: 'multiselect',
      options: [{ value: 'y,z', label: 'Y and Z' }],
    })
    expect(comma.statusCode).toBe(422)
  })

  it('refuses a changed rollup whose type a formula relies on', async () => {
    await field('gadget', {
      name: 'opportunity_id',
      label: 'Deal',
      type: 'ref',
      ref: 'opportunity',
    })
    await field('gadget', { name: 'shipped', label: 'Shipped', type: 'date' })
    const total = await field('opportunity', {
      name: 'gadget_count',
      label: 'Gadget count',
      type: 'rollup',
      rollup: { object: 'gadget', via: 'opportunity_id', fn: 'count' },
    })
    await field('opportunity', {
      name: 'gadget_double',
      label: 'Gadget double',
      type: 'formula',
      formula: { expression: 'gadget_count * 2' },
    })
    const res = await admin.request(
      'PATCH',
      `/api/v1/custom-fields/${total.id}`,
      {
        rollup: {
          object: 'gadget',
          via: 'opportunity_id',
          fn: 'max',
          field: 'shipped',
        },
      },
    )
    expect(res.statusCode).toBe(422)
    expect(res.json().errors[0].message).toContain('Gadget double')
  })

  it('lets nothing reach a retired object, and never reuses field names', async () => {
    const part = await object('part')
    const qty = await field('part', {
      name: 'qty',
      label: 'Qty',
      type: 'integer',
    })
    await field('opportunity', {
      name: 'part_id',
      label: 'Part',
      type: 'ref',
      ref: 'part',
    })
    const record = (await post('/api/v1/parts', { name: 'P', qty: 1 })).json()
      .data
    await admin.request('DELETE', `/api/v1/custom-objects/${part.id}`)
    const fields = (await admin.get('/api/v1/custom-fields')).json().data
    expect(fields.some((f: { id: string }) => f.id === qty.id)).toBe(false)
    const change = await admin.request(
      'PATCH',
      `/api/v1/custom-fields/${qty.id}`,
      {
        label: 'Quantity',
      },
    )
    expect(change.statusCode).toBe(404)
    const pointed = await post('/api/v1/opportunities', {
      name: 'D2',
      part_id: record.id,
    })
    expect(pointed.statusCode).toBe(422)
    const linked = await post('/api/v1/activities', {
      type: 'note',
      subject: 'x',
      links: [{ recordType: 'part', recordId: record.id }],
    })
    expect(linked.statusCode).toBe(422)

    const slug = (await admin.get('/api/v1/custom-fields'))
      .json()
      .data.find(
        (f: { name: string; recordType: string }) =>
          f.name === 'slug' && f.recordType === 'gadget',
      )
    await admin.request('DELETE', `/api/v1/custom-fields/${slug.id}`)
    const reuse = await post('/api/v1/custom-fields', {
      recordType: 'gadget',
      name: 'slug',
      label: 'Slug again',
      type: 'integer',
    })
    expect(reuse.statusCode).toBe(409)
  })

  it('fills a new required field from its default, or refuses it', async () => {
    const without = await post('/api/v1/custom-fields', {
      recordType: 'gadget',
      name: 'grade',
      label: 'Grade',
      type: 'text',
      required: true,
    })
    expect(without.statusCode).toBe(422)
    await field('gadget', {
      name: 'grade',
      label: 'Grade',
      type: 'text',
      required: true,
      defaultValue: 'B',
      indexed: true,
    })
    const list = await rep.get('/api/v1/gadgets?filter[grade]=B&fields=name')
    expect(list.json().data.length).toBeGreaterThan(0)
    const none = await rep.get('/api/v1/gadgets?filter[grade][null]=true')
    expect(none.json().data).toEqual([])
  })

  it('refuses an object whose plural would be too long', async () => {
    const res = await post('/api/v1/custom-objects', {
      name: `${'a'.repeat(62)}s`,
      label: 'Long',
      labelPlural: 'Longs',
    })
    expect(res.statusCode).toBe(422)
  })

  it('filters indexed relations whatever the case of the id', async () => {
    await field('gadget', {
      name: 'account_id',
      label: 'Account',
      type: 'ref',
      ref: 'account',
      indexed: true,
    })
    const account = (await post('/api/v1/accounts', { name: 'Acme' })).json()
      .data
    await post('/api/v1/gadgets', {
      name: 'upper',
      account_id: account.id.toUpperCase(),
    })
    const found = await rep.get(
      `/api/v1/gadgets?filter[account_id]=${account.id}`,
    )
    expect(found.json().data.map((r: { name: string }) => r.name)).toEqual([
      'upper',
    ])
  })
})
