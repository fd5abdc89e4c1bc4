import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

let t: TestApp
let admin: Browser

async function define(body: object): Promise<string> {
  const res = await admin.request('POST', '/api/v1/custom-fields', {
    recordType: 'account',
    ...body,
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data.id
}

async function account(name: string, values: object) {
  const res = await admin.request('POST', '/api/v1/accounts', {
    name,
    ...values,
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data.id as string
}

async function change(id: string, body: object) {
  return admin.request('PATCH', `/api/v1/custom-fields/${id}`, body)
}

async function valuesOf(field: string) {
  const res = await admin.get(`/api/v1/accounts?sort=name&fields=name,${field}`)
  return Object.fromEntries(
    res.json().data.map((r: Record<string, unknown>) => [r.name, r[field]]),
  )
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
})
afterAll(() => t.close())

describe('changing a custom field', () => {
  it('converts stored values to a new type', async () => {
    const id = await define({ name: 'seats', label: 'Seats', type: 'text' })
    await account('A', { seats: '12' })
    await account('B', { seats: ' 7 ' })
    await account('C', {})
    const res = await change(id, { type: 'integer', label: 'Licensed seats' })
    expect(res.statusCode, res.body).toBe(200)
    expect(await valuesOf('seats')).toEqual({ A: 12, B: 7, C: null })
    const filtered = await admin.get('/api/v1/accounts?filter[seats][gt]=10')
    expect(filtered.json().data.map((r: { name: string }) => r.name)).toEqual([
      'A',
    ])
    const back = await change(id, { type: 'decimal' })
    expect(back.statusCode, back.body).toBe(200)
    expect(await valuesOf('seats')).toMatchObject({ A: '12', B: '7' })
  })

  it('refuses a change some values cannot take, and writes nothing', async () => {
    const id = await define({ name: 'size', label: 'Size', type: 'text' })
    await account('D', { size: 'large' })
    await account('E', { size: '3' })
    const res = await change(id, { type: 'integer' })
    expect(res.statusCode).toBe(422)
    expect(res.json().errors[0].message).toContain('1 record holds a value')
    expect(res.json().errors[0].message).toContain('D')
    expect(await valuesOf('size')).toMatchObject({ D: 'large', E: '3' })
    const fields = (await admin.get('/api/v1/custom-fields')).json().data
    expect(fields.find((f: { id: string }) => f.id === id).type).toBe('text')
  })

  it('maps text onto choices by label, and refuses removing a used option', async () => {
    const id = await define({ name: 'tier', label: 'Tier', type: 'text' })
    await account('F', { tier: 'Gold' })
    await account('G', { tier: 'silver' })
    const options = [
      { value: 'gold', label: 'Gold' },
      { value: 'silver', label: 'Silver' },
    ]
    const res = await change(id, { type: 'enum', options })
    expect(res.statusCode, res.body).toBe(200)
    expect(await valuesOf('tier')).toMatchObject({ F: 'gold', G: 'silver' })
    const removed = await change(id, { options: options.slice(0, 1) })
    expect(removed.statusCode).toBe(422)
    const multi = await change(id, { type: 'multiselect', options })
    expect(multi.statusCode, multi.body).toBe(200)
    expect(await valuesOf('tier')).toMatchObject({ F: ['gold'] })
  })

  it('refuses required or unique until the data allows it', async () => {
    const id = await define({ name: 'code', label: 'Code', type: 'text' })
    await account('H', { code: 'X1' })
    await account('I', { code: 'X1' })
    const unique = await change(id, { unique: true })
    expect(unique.statusCode).toBe(422)
    expect(unique.json().errors[0].message).toContain('share the Code "X1"')
    const required = await change(id, { required: true })
    expect(required.statusCode).toBe(422)
    expect(required.json().errors[0].message).toContain('have no Code yet')
  })

  it('builds the value index when a field becomes indexed', async () => {
    const id = await define({
      name: 'region_code',
      label: 'Region',
      type: 'text',
    })
    await account('J', { region_code: 'emea' })
    await account('K', { region_code: 'apac' })
    const res = await change(id, { indexed: true })
    expect(res.statusCode, res.body).toBe(200)
    const found = await admin.get('/api/v1/accounts?filter[region_code]=emea')
    expect(found.json().data.map((r: { name: string }) => r.name)).toEqual([
      'J',
    ])
    const audit = await admin.get(`/api/v1/custom-fields`)
    expect(
      audit.json().data.find((f: { id: string }) => f.id === id).indexed,
    ).toBe(true)
  })
})
